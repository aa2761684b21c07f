namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>The checks a page passes before any connection is opened, and the order it is staged in.</summary>
internal static class StagedPage
{
    /// <summary>The page in ordinal id order: the COPY fills the staging table in the order the upsert should walk the key.</summary>
    /// <exception cref="ArgumentException">The page fails <see cref="PageValidation"/>.</exception>
    public static RecordWrite[] Order(IReadOnlyList<RecordWrite> records)
    {
        PageValidation.Validate(records);
        var ordered = records.ToArray();
        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
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
