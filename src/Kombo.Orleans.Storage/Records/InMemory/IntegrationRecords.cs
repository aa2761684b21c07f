namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// Every scope and checkpoint of one integration behind one lock: parent links cross models of an
/// integration, so a commit and the parent bumps it causes must be one critical section, and a reader
/// holding the read lock never sees half of one.
/// </summary>
internal sealed class IntegrationRecords
{
    private readonly Dictionary<string, ScopeRecords> scopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredCheckpoint> checkpoints = new(StringComparer.Ordinal);

    // No awaits happen under it, so a thread-affine lock is fine; readers share it.
    public ReaderWriterLockSlim Lock { get; } = new(LockRecursionPolicy.NoRecursion);

    /// <summary>
    /// Set (under the write lock) when the integration was deleted and this instance left the store's map;
    /// whoever took the lock on a stale instance looks the integration up again.
    /// </summary>
    public bool Retired { get; private set; }

    public ScopeRecords? Find(string model) => scopes.GetValueOrDefault(model);

    public ScopeRecords GetOrAdd(string model)
    {
        if (!scopes.TryGetValue(model, out var records))
        {
            records = new ScopeRecords();
            scopes.Add(model, records);
        }

        return records;
    }

    public StoredCheckpoint Checkpoint(string model) => checkpoints.GetValueOrDefault(model) ?? StoredCheckpoint.None;

    /// <summary>Throws before anything is written when <paramref name="update"/> is stale.</summary>
    public void EnsureCheckpointAt(RecordScope scope, CheckpointUpdate? update)
    {
        var actual = Checkpoint(scope.Model).Version;
        if (update is not null && update.ExpectedVersion != actual)
        {
            throw new CheckpointConflictException(scope, update.ExpectedVersion, actual);
        }
    }

    /// <returns>The scope's checkpoint version afterwards.</returns>
    public long AdvanceCheckpoint(string model, CheckpointUpdate? update, DateTimeOffset at)
    {
        if (update is null)
        {
            return Checkpoint(model).Version;
        }

        var next = new StoredCheckpoint(update.ExpectedVersion + 1, update.Value, at);
        checkpoints[model] = next;
        return next.Version;
    }

    /// <summary>Moves each existing parent's <c>updated_at</c> up to <paramref name="at"/>; its <c>changed_at</c> stays.</summary>
    public void BumpParents(IEnumerable<ParentLink> parents, DateTimeOffset at)
    {
        foreach (var link in parents)
        {
            if (scopes.TryGetValue(link.Model, out var records) && records.TryGet(link.Id, out var parent) && parent.UpdatedAt < at)
            {
                records.SetUpdatedAt(parent, at);
            }
        }
    }

    /// <returns>How many records the integration held.</returns>
    public long Retire()
    {
        var count = scopes.Values.Sum(records => (long)records.Count);
        scopes.Clear();
        checkpoints.Clear();
        Retired = true;
        return count;
    }
}
