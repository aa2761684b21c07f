namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>The checks a page passes before any connection is opened, and the order it is staged in.</summary>
internal static class StagedPage
{
    /// <summary>The page in ordinal id order: the COPY fills the staging table in the order the upsert should walk the key.</summary>
    /// <exception cref="ArgumentException">A null record, an empty or duplicate id, or a missing remote id.</exception>
    public static RecordWrite[] Order(IReadOnlyList<RecordWrite> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var ordered = new RecordWrite[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var write = records[i] ?? throw new ArgumentException($"Record {i} of the page is null.", nameof(records));
            if (string.IsNullOrEmpty(write.Id))
            {
                throw new ArgumentException($"Record {i} of the page has no id.", nameof(records));
            }

            if (write.RemoteId is null)
            {
                throw new ArgumentException($"Record '{write.Id}' has no remote id.", nameof(records));
            }

            ordered[i] = write;
        }

        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i].Id, ordered[i - 1].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Record '{ordered[i].Id}' appears twice in one page.", nameof(records));
            }
        }

        return ordered;
    }

    /// <summary>A record's parent links as the three parallel arrays of the table, or nulls for none.</summary>
    public static (string[]? Models, string[]? Ids, short[]? Changes) Links(IReadOnlyList<ParentLink>? parents)
    {
        if (parents is not { Count: > 0 })
        {
            return (null, null, null);
        }

        var models = new string[parents.Count];
        var ids = new string[parents.Count];
        var changes = new short[parents.Count];
        for (var i = 0; i < parents.Count; i++)
        {
            var link = parents[i] ?? throw new ArgumentException("A parent link is null.", nameof(parents));
            models[i] = link.Model;
            ids[i] = link.Id;
            changes[i] = (short)link.When;
        }

        return (models, ids, changes);
    }
}
