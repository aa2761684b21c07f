namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// A validated <see cref="RecordQuery"/>: where its range scan starts and which records it keeps. Built
/// before the lock is taken; <see cref="Run"/> runs under the integration's read lock.
/// </summary>
internal sealed class RecordQueryPlan
{
    private readonly int pageSize;
    private readonly bool includeDeleted;
    private readonly HashSet<string>? ids;
    private readonly HashSet<string>? remoteIds;
    private readonly PayloadFilterEvaluator payload;
    private readonly RecordKey from;

    /// <exception cref="ArgumentException">The page size is outside 1..<see cref="RecordQuery.MaxPageSize"/> or a filter is malformed.</exception>
    public RecordQueryPlan(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        if (query.PageSize is < 1 or > RecordQuery.MaxPageSize)
        {
            throw new ArgumentException($"A page holds 1 to {RecordQuery.MaxPageSize} records, not {query.PageSize}.", nameof(query));
        }

        pageSize = query.PageSize;
        includeDeleted = query.IncludeDeleted;
        ids = query.Ids?.ToHashSet(StringComparer.Ordinal);
        remoteIds = query.RemoteIds?.ToHashSet(StringComparer.Ordinal);
        payload = new PayloadFilterEvaluator(query.Filters);
        from = Start(query);
    }

    public RecordPage Run(ScopeRecords? records)
    {
        var page = new List<StoredRecord>();
        if (records is null)
        {
            return new RecordPage(page, null);
        }

        foreach (var entry in Candidates(records))
        {
            if (!Keeps(entry))
            {
                continue;
            }

            // One match past a full page is how we know another page exists.
            if (page.Count == pageSize)
            {
                var last = page[^1];
                return new RecordPage(page, new RecordCursor(last.UpdatedAt, last.Id));
            }

            page.Add(entry.ToStored());
        }

        return new RecordPage(page, null);
    }

    // The smallest key the page may hold: after the cursor, and with updated_at strictly after UpdatedAfter.
    private static RecordKey Start(RecordQuery query)
    {
        var start = new RecordKey(long.MinValue, "");
        if (query.UpdatedAfter is { } after)
        {
            start = Later(start, new RecordKey(RecordTime.Truncate(after).UtcTicks + 1, ""));
        }

        if (query.After is { } cursor)
        {
            // id + "\0" is the least id after id in ordinal order.
            start = Later(start, new RecordKey(cursor.UpdatedAt.UtcTicks, (cursor.Id ?? "") + "\0"));
        }

        return start;
    }

    private static RecordKey Later(RecordKey a, RecordKey b) => RecordKey.Order.Compare(a, b) >= 0 ? a : b;

    // A short id list is answered by lookups instead of scanning the scope.
    private IEnumerable<RecordEntry> Candidates(ScopeRecords records)
    {
        if (ids is null || ids.Count >= records.Count)
        {
            return records.From(from);
        }

        return ids.Select(id => id is not null && records.TryGet(id, out var entry) ? entry : null)
            .OfType<RecordEntry>()
            .Where(entry => RecordKey.Order.Compare(entry.Key, from) >= 0)
            .OrderBy(entry => entry.Key, RecordKey.Order);
    }

    private bool Keeps(RecordEntry entry) =>
        (includeDeleted || !entry.IsDeleted)
        && (ids is null || ids.Contains(entry.Id))
        && (remoteIds is null || remoteIds.Contains(entry.RemoteId))
        && (payload.IsEmpty || payload.Matches(entry.Payload));
}
