namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// A <see cref="RecordWrite"/> checked and normalised before any lock is taken: everything that can reject
/// a commit happens here, so applying it cannot fail half-way.
/// </summary>
internal sealed record PreparedWrite(string Id, string RemoteId, NormalizedPayload Payload, ParentLink[] Parents)
{
    public static PreparedWrite[] Page(IReadOnlyList<RecordWrite> records)
    {
        PageValidation.Validate(records);
        var page = new PreparedWrite[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var write = records[i];
            // The links are copied: the caller's list must not change the store after the commit.
            page[i] = new PreparedWrite(write.Id, write.RemoteId, NormalizedPayload.From(write.Payload, write.Id), [.. write.Parents ?? []]);
        }

        return page;
    }
}
