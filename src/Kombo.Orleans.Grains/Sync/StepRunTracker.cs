using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// One run of one step: its counters, failures and progress (thread-safe), and the commits that write a page
/// and the step's checkpoint after it. Everything it counts goes into the checkpoint with every page, so a run
/// resumed on another silo continues the same figures.
/// </summary>
public sealed class StepRunTracker
{
    public const int MaxListedFailures = 100;

    private readonly Lock _gate = new();
    private readonly IRecordStore _store;
    private readonly TimeProvider _time;
    private readonly RecordScope _checkpointScope;
    private StepCheckpoint _checkpoint;
    private StepRunState _run;
    private readonly RequestUsage _usageBefore;
    private long _version;

    public StepRunTracker(
        IRecordStore store, TimeProvider time, string integrationId, ISyncStep step, StepCheckpoint checkpoint, long checkpointVersion,
        StepRunState run, ScopeFilter filter, string? companyIdentifier, DateTimeOffset? updatedAfter, IReadOnlySet<string> changedScopesBefore)
    {
        _store = store;
        _time = time;
        _checkpointScope = new RecordScope(integrationId, step.Scopes[0]);
        _checkpoint = checkpoint;
        _version = checkpointVersion;
        _run = run;
        _usageBefore = new RequestUsage(run.Requests, run.RateLimited, TimeSpan.FromSeconds(run.BudgetWaitSeconds));
        Step = step;
        Filter = filter;
        CompanyIdentifier = companyIdentifier;
        UpdatedAfter = updatedAfter;
        ChangedScopesBefore = changedScopesBefore;
        ResumePosition = new StepPosition(run.Phase, run.Cursor, run.Data);
        IntegrationId = integrationId;
    }

    public string IntegrationId { get; }

    public ISyncStep Step { get; }

    public string SyncId => _run.SyncId;

    public SyncKind Kind => _run.Kind;

    public long Pass => _run.Pass;

    public ScopeFilter Filter { get; }

    public string? CompanyIdentifier { get; }

    public DateTimeOffset? UpdatedAfter { get; }

    public IReadOnlySet<string> ChangedScopesBefore { get; }

    public StepPosition ResumePosition { get; }

    /// <summary>Set by the runner from the metered budget before each checkpoint write.</summary>
    public Func<RequestUsage> Usage { get; set; } = () => RequestUsage.Zero;

    public StepRunState Snapshot
    {
        get
        {
            lock (_gate)
            {
                return WithUsage(_run);
            }
        }
    }

    public StepCheckpoint Checkpoint
    {
        get
        {
            lock (_gate)
            {
                return _checkpoint with { Run = WithUsage(_run) };
            }
        }
    }

    public bool HasFailures
    {
        get
        {
            lock (_gate)
            {
                return _run.Failed > 0;
            }
        }
    }

    public async Task CommitAsync(PageBatch batch, StepPosition next, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var at = _time.GetUtcNow();
        foreach (var (scope, records) in batch.Drain())
        {
            if (records.Count == 0)
            {
                continue;
            }

            var result = await _store.CommitAsync(new RecordCommit(new RecordScope(IntegrationId, scope), records, at, Pass), cancellationToken);
            Count(scope, result);
        }

        await WriteCheckpointAsync(run => run with { Phase = next.Phase, Cursor = next.Cursor, Data = next.Data }, cancellationToken);
    }

    /// <summary>Marks what this FULL pass did not see as deleted, scope by scope, and counts it.</summary>
    public async Task MarkDeletionsAsync(CancellationToken cancellationToken)
    {
        var at = _time.GetUtcNow();
        foreach (var scope in Step.Scopes.Where(Filter.IsEnabled))
        {
            var deleted = await _store.MarkUnseenDeletedAsync(new RecordScope(IntegrationId, scope), Pass, at, cancellationToken: cancellationToken);
            if (deleted > 0)
            {
                lock (_gate)
                {
                    _run = _run with
                    {
                        Deleted = _run.Deleted + (InternalScopes.IsInternal(scope) ? 0 : deleted),
                        ChangedScopes = Union(_run.ChangedScopes, scope),
                    };
                }
            }
        }
    }

    public void Fail(string scope, string? remoteId, string reason)
    {
        lock (_gate)
        {
            var listed = _run.FailedRecords;
            if (listed.Count < MaxListedFailures)
            {
                listed = [.. listed, new FailedRecord(scope, remoteId, reason.Length > 500 ? reason[..500] + "…" : reason)];
            }

            _run = _run with { Failed = _run.Failed + 1, FailedRecords = listed };
        }
    }

    public void Progress(long processed, long? total)
    {
        lock (_gate)
        {
            _run = _run with { Done = _run.Done + processed, Total = total ?? _run.Total };
        }
    }

    /// <summary>Ends the run: its outcome, and (when it succeeded, even partly) the start of the next delta window.</summary>
    public Task FinishAsync(SyncState state, string? error, CancellationToken cancellationToken) =>
        WriteCheckpointAsync(run => run with { State = state, Error = error, EndedAt = _time.GetUtcNow() }, cancellationToken, finishing: state);

    private async Task WriteCheckpointAsync(Func<StepRunState, StepRunState> change, CancellationToken cancellationToken, SyncState? finishing = null)
    {
        StepCheckpoint next;
        long expected;
        lock (_gate)
        {
            _run = change(WithUsage(_run));
            next = _checkpoint with { Run = _run };
            if (finishing is SyncState.Succeeded or SyncState.PartiallyFailed)
            {
                next = next with
                {
                    DeltaSince = _run.StartedAt,
                    LastFullPass = _run.Kind == SyncKind.Full ? _run.Pass : _checkpoint.LastFullPass,
                };
            }

            expected = _version;
        }

        var result = await _store.CommitAsync(
            new RecordCommit(_checkpointScope, [], _time.GetUtcNow(), Pass, new CheckpointUpdate(expected, next.Serialize())),
            finishing is null ? cancellationToken : CancellationToken.None);
        lock (_gate)
        {
            _version = result.CheckpointVersion;
            _checkpoint = next;
        }
    }

    private void Count(string scope, CommitResult result)
    {
        lock (_gate)
        {
            // A refreshed record changed only in remote_data: for a consumer, and for models derived from
            // this scope, it is unchanged, so it neither counts as a change nor marks the scope changed.
            var changed = result.Added + result.Updated + result.Restored > 0;
            if (InternalScopes.IsInternal(scope))
            {
                _run = changed ? _run with { ChangedScopes = Union(_run.ChangedScopes, scope) } : _run;
                return;
            }

            _run = _run with
            {
                Added = _run.Added + result.Added + result.Restored,
                Updated = _run.Updated + result.Updated,
                Unchanged = _run.Unchanged + result.Unchanged + result.Refreshed,
                ChangedScopes = changed ? Union(_run.ChangedScopes, scope) : _run.ChangedScopes,
            };
        }
    }

    private StepRunState WithUsage(StepRunState run)
    {
        // A resumed run continues the figures of the activation that was lost.
        var usage = _usageBefore.Plus(Usage());
        return run with { Requests = usage.Requests, RateLimited = usage.RateLimited, BudgetWaitSeconds = usage.BudgetWait.TotalSeconds };
    }

    private static List<string> Union(List<string> scopes, string scope) => scopes.Contains(scope, StringComparer.Ordinal) ? scopes : [.. scopes, scope];
}
