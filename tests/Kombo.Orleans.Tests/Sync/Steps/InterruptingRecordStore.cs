namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// An in-memory record store that cancels <see cref="Interrupt"/> right after the first checkpoint write of a
/// step's run has been stored: the step has committed exactly one page and is stopped before it reads the next,
/// as when its activation is lost. Deterministic, with no timing involved.
/// </summary>
public sealed class InterruptingRecordStore : IRecordStore
{
    private readonly InMemoryRecordStore _inner = new();
    private int _checkpointsLeft = 1;

    public CancellationTokenSource Interrupt { get; } = new();

    public async Task<CommitResult> CommitAsync(RecordCommit commit, CancellationToken cancellationToken = default)
    {
        var result = await _inner.CommitAsync(commit, cancellationToken);
        if (commit.Checkpoint is not null && Interlocked.Decrement(ref _checkpointsLeft) == 0)
        {
            await Interrupt.CancelAsync();
        }

        return result;
    }

    public Task<int> MarkUnseenDeletedAsync(RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint = null, CancellationToken cancellationToken = default) =>
        _inner.MarkUnseenDeletedAsync(scope, pass, at, checkpoint, cancellationToken);

    public Task<StoredCheckpoint> GetCheckpointAsync(RecordScope scope, CancellationToken cancellationToken = default) =>
        _inner.GetCheckpointAsync(scope, cancellationToken);

    public Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => _inner.QueryAsync(query, cancellationToken);

    public Task<RecordCounts> CountAsync(RecordScope scope, CancellationToken cancellationToken = default) => _inner.CountAsync(scope, cancellationToken);

    public Task<long> DeleteIntegrationAsync(string integrationId, CancellationToken cancellationToken = default) =>
        _inner.DeleteIntegrationAsync(integrationId, cancellationToken);
}
