using System.Collections.Concurrent;
using System.Text;

namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// The record store of the embedded single-silo default and of unit tests: the rules of docs/record-store.md,
/// held in process memory. One reader-writer lock per integration makes each commit atomic and isolated,
/// parent bumps across models included; each scope keeps its records ordered by (<c>updated_at</c>, id) so a
/// page is a range scan from its cursor.
/// </summary>
public sealed class InMemoryRecordStore : IRecordStore
{
    private const int MaxCheckpointBytes = 64 * 1024;

    // Read paths use it for integrations that hold nothing; it is never written.
    private static readonly IntegrationRecords Nothing = new();

    private readonly ConcurrentDictionary<string, IntegrationRecords> integrations = new(StringComparer.Ordinal);

    public Task<CommitResult> CommitAsync(RecordCommit commit, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Scope);
        ValidateCheckpoint(commit.Checkpoint);
        var page = PreparedWrite.Page(commit.Records);
        var at = RecordTime.Truncate(commit.At);
        return Write(commit.Scope.IntegrationId, integration => RecordCommitter.Apply(integration, commit, page, at));
    }, cancellationToken);

    public Task<int> MarkUnseenDeletedAsync(RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint = null, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(scope);
        ValidateCheckpoint(checkpoint);
        var instant = RecordTime.Truncate(at);
        return Write(scope.IntegrationId, integration => RecordCommitter.MarkUnseenDeleted(integration, scope, pass, instant, checkpoint));
    }, cancellationToken);

    public Task<StoredCheckpoint> GetCheckpointAsync(RecordScope scope, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Read(scope.IntegrationId, integration => integration.Checkpoint(scope.Model));
    }, cancellationToken);

    public Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => Run(() =>
    {
        var plan = new RecordQueryPlan(query);
        return Read(query.Scope.IntegrationId, integration => plan.Run(integration.Find(query.Scope.Model)));
    }, cancellationToken);

    public Task<RecordCounts> CountAsync(RecordScope scope, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Read(scope.IntegrationId, integration => integration.Find(scope.Model) is { } records
            ? new RecordCounts(records.Count - records.Deleted, records.Deleted)
            : new RecordCounts(0, 0));
    }, cancellationToken);

    public Task<long> DeleteIntegrationAsync(string integrationId, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        while (integrations.TryGetValue(integrationId, out var integration))
        {
            integration.Lock.EnterWriteLock();
            try
            {
                if (!integration.Retired)
                {
                    var count = integration.Retire();
                    integrations.TryRemove(KeyValuePair.Create(integrationId, integration));
                    return count;
                }
            }
            finally
            {
                integration.Lock.ExitWriteLock();
            }
        }

        return 0L;
    }, cancellationToken);

    private static void ValidateCheckpoint(CheckpointUpdate? checkpoint)
    {
        if (checkpoint is not null && (checkpoint.Value is null || Encoding.UTF8.GetByteCount(checkpoint.Value) > MaxCheckpointBytes))
        {
            throw new ArgumentException($"A checkpoint value is a string of at most {MaxCheckpointBytes} UTF-8 bytes.", nameof(checkpoint));
        }
    }

    // Exceptions travel in the task, as they do from the PostgreSQL store, so callers see one behaviour.
    private static Task<T> Run<T>(Func<T> body, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(body());
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    private T Write<T>(string integrationId, Func<IntegrationRecords, T> change)
    {
        while (true)
        {
            var integration = integrations.GetOrAdd(integrationId, static _ => new IntegrationRecords());
            integration.Lock.EnterWriteLock();
            try
            {
                if (!integration.Retired)
                {
                    return change(integration);
                }
            }
            finally
            {
                integration.Lock.ExitWriteLock();
            }
        }
    }

    private T Read<T>(string integrationId, Func<IntegrationRecords, T> read)
    {
        while (true)
        {
            if (!integrations.TryGetValue(integrationId, out var integration))
            {
                return read(Nothing);
            }

            integration.Lock.EnterReadLock();
            try
            {
                if (!integration.Retired)
                {
                    return read(integration);
                }
            }
            finally
            {
                integration.Lock.ExitReadLock();
            }
        }
    }
}
