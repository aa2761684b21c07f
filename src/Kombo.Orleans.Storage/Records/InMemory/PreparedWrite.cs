namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// A <see cref="RecordWrite"/> checked and normalised before any lock is taken: everything that can reject
/// a commit happens here, so applying it cannot fail half-way.
/// </summary>
internal sealed record PreparedWrite(string Id, string RemoteId, NormalizedPayload Payload, ParentLink[] Parents)
{
    public static PreparedWrite[] Page(IReadOnlyList<RecordWrite> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var seen = new HashSet<string>(records.Count, StringComparer.Ordinal);
        var page = new PreparedWrite[records.Count];
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

            if (!seen.Add(write.Id))
            {
                throw new ArgumentException($"Record '{write.Id}' appears twice in one page.", nameof(records));
            }

            // NormalizedPayload.From cannot size a buffer for zero bytes; an empty payload is just not an object.
            if (write.Payload.IsEmpty)
            {
                throw new ArgumentException($"The payload of record '{write.Id}' is empty, not a JSON object.", nameof(records));
            }

            page[i] = new PreparedWrite(write.Id, write.RemoteId, NormalizedPayload.From(write.Payload, write.Id), Links(write));
        }

        return page;
    }

    // Copied: the caller's list must not change the store after the commit.
    private static ParentLink[] Links(RecordWrite write)
    {
        var links = write.Parents?.ToArray() ?? [];
        if (links.Any(link => link?.Model is null || link.Id is null))
        {
            throw new ArgumentException($"Record '{write.Id}' has a parent link without a model or an id.", nameof(write));
        }

        return links;
    }
}
