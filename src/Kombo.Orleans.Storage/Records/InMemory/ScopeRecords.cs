namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// One scope's records, by id and in page order, so a query range-scans from its cursor instead of sorting
/// the scope. Callers hold the integration's lock (read to scan, write to change).
/// </summary>
internal sealed class ScopeRecords
{
    private readonly Dictionary<string, RecordEntry> byId = new(StringComparer.Ordinal);
    private readonly SortedSet<RecordKey> order = new(RecordKey.Order);

    public int Count => byId.Count;

    public int Deleted { get; private set; }

    public IEnumerable<RecordEntry> All => byId.Values;

    public bool TryGet(string id, out RecordEntry entry) => byId.TryGetValue(id, out entry!);

    public void Add(RecordEntry entry)
    {
        byId.Add(entry.Id, entry);
        order.Add(entry.Key);
        Deleted += entry.IsDeleted ? 1 : 0;
    }

    /// <summary>Every change of <c>updated_at</c> goes through here: it is the entry's place in the order.</summary>
    public void SetUpdatedAt(RecordEntry entry, DateTimeOffset updatedAt)
    {
        if (updatedAt == entry.UpdatedAt)
        {
            return;
        }

        order.Remove(entry.Key);
        entry.UpdatedAt = updatedAt;
        order.Add(entry.Key);
    }

    public void SetDeleted(RecordEntry entry, DateTimeOffset? remoteDeletedAt)
    {
        Deleted += (remoteDeletedAt is null ? 0 : 1) - (entry.IsDeleted ? 1 : 0);
        entry.RemoteDeletedAt = remoteDeletedAt;
    }

    /// <summary>Entries from <paramref name="from"/> (inclusive) on, in page order.</summary>
    public IEnumerable<RecordEntry> From(RecordKey from)
    {
        foreach (var key in order.GetViewBetween(from, RecordKey.Top))
        {
            yield return byId[key.Id];
        }
    }
}
