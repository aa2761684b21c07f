namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// Applies commits and pass ends to an integration held under its write lock. The checkpoint is checked
/// first and the page was validated before the lock, so nothing here fails after the first change.
/// </summary>
internal static class RecordCommitter
{
    public static CommitResult Apply(IntegrationRecords integration, RecordCommit commit, PreparedWrite[] page, DateTimeOffset at)
    {
        integration.EnsureCheckpointAt(commit.Scope, commit.Checkpoint);
        var records = integration.GetOrAdd(commit.Scope.Model);
        int added = 0, updated = 0, restored = 0, unchanged = 0, refreshed = 0;
        foreach (var write in page)
        {
            if (!records.TryGet(write.Id, out var entry))
            {
                records.Add(new RecordEntry(write.Id)
                {
                    RemoteId = write.RemoteId,
                    Payload = write.Payload.Json,
                    ContentHash = write.Payload.ContentHash,
                    PayloadHash = write.Payload.PayloadHash,
                    ChangedAt = at,
                    UpdatedAt = at,
                    Pass = commit.Pass,
                    Parents = write.Parents,
                });
                integration.BumpParents(ParentChanges.Membership(write.Parents), at);
                added++;
                continue;
            }

            var storedParents = entry.Parents;
            entry.Parents = write.Parents;
            entry.Pass = Math.Max(entry.Pass, commit.Pass);
            if (entry.IsDeleted)
            {
                Replace(records, entry, write, at);
                records.SetDeleted(entry, null);
                integration.BumpParents(ParentChanges.Membership(write.Parents), at);
                restored++;
            }
            else if (!entry.ContentHash.AsSpan().SequenceEqual(write.Payload.ContentHash) || !string.Equals(entry.RemoteId, write.RemoteId, StringComparison.Ordinal))
            {
                Replace(records, entry, write, at);
                integration.BumpParents(ParentChanges.Content(write.Parents), at);
                updated++;
            }
            else if (!entry.PayloadHash.AsSpan().SequenceEqual(write.Payload.PayloadHash))
            {
                // Only remote_data differs: the stored copy must not go stale, but the record did not change.
                Store(entry, write);
                refreshed++;
            }
            else
            {
                unchanged++;
            }

            // Joining or leaving a parent is a change of that parent even when the record itself is unchanged.
            integration.BumpParents(ParentChanges.MembershipMoved(storedParents, write.Parents), at);
        }

        var version = integration.AdvanceCheckpoint(commit.Scope.Model, commit.Checkpoint, at);
        return new CommitResult(added, updated, restored, unchanged, version, refreshed);
    }

    public static int MarkUnseenDeleted(IntegrationRecords integration, RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint)
    {
        integration.EnsureCheckpointAt(scope, checkpoint);
        var records = integration.Find(scope.Model);
        var unseen = records?.All.Where(entry => !entry.IsDeleted && entry.Pass < pass).ToList() ?? [];
        foreach (var entry in unseen)
        {
            records!.SetDeleted(entry, at);
            entry.ChangedAt = at;
            records.SetUpdatedAt(entry, at);
            integration.BumpParents(ParentChanges.Membership(entry.Parents), at);
        }

        integration.AdvanceCheckpoint(scope.Model, checkpoint, at);
        return unseen.Count;
    }

    private static void Replace(ScopeRecords records, RecordEntry entry, PreparedWrite write, DateTimeOffset at)
    {
        Store(entry, write);
        entry.ChangedAt = at;
        records.SetUpdatedAt(entry, at);
    }

    private static void Store(RecordEntry entry, PreparedWrite write)
    {
        entry.RemoteId = write.RemoteId;
        entry.Payload = write.Payload.Json;
        entry.ContentHash = write.Payload.ContentHash;
        entry.PayloadHash = write.Payload.PayloadHash;
    }
}
