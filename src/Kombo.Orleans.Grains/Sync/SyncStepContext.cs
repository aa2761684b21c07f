using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// What a step sees of its run: the pass it is part of, the SmartRecruiters client (on the credential's
/// cluster-wide budget), the mapping context, the scope config, where to resume, and the calls that commit
/// pages and report failures and progress. Thread-safe.
/// </summary>
public sealed class SyncStepContext(StepRunTracker run, SmartRecruitersClient client, MappingContext mapping, IRecordStore store)
{
    /// <summary>Per-record fan-out within a page (SmartRecruiters allows 8 concurrent requests per credential).</summary>
    public const int MaxParallelism = 8;

    public string IntegrationId => mapping.IntegrationId;

    public string SyncId => run.SyncId;

    public SyncKind Kind => run.Kind;

    /// <summary>The pass number records are marked with (<see cref="RecordCommit.Pass"/>).</summary>
    public long Pass => run.Pass;

    public SmartRecruitersClient Client => client;

    public MappingContext Mapping => mapping;

    /// <summary>For reads of what earlier steps stored (derived models). Writes go through <see cref="CommitAsync"/>.</summary>
    public IRecordStore Store => store;

    public ScopeFilter Scope => run.Filter;

    /// <summary>The company's public identifier (public Posting API); null when the integration has none.</summary>
    public string? CompanyIdentifier => run.CompanyIdentifier;

    /// <summary>DELTA: read what SmartRecruiters changed at or after this instant (the overlap is already subtracted). Null in a FULL pass.</summary>
    public DateTimeOffset? UpdatedAfter => run.UpdatedAfter;

    /// <summary>Scopes earlier steps of this sync changed (derived steps re-derive only from changed sources in a DELTA).</summary>
    public IReadOnlySet<string> ChangedScopes => run.ChangedScopesBefore;

    /// <summary>Where an interrupted run of this sync left off; <see cref="StepPosition.Start"/> for a fresh run.</summary>
    public StepPosition Resume => run.ResumePosition;

    /// <summary>A new, empty page of records for this step's scopes (disabled scopes and fields are dropped as records are added).</summary>
    public PageBatch NewBatch() => new(run.Filter);

    /// <summary>
    /// Commits a page: every scope's records (in the order the batch holds them), then the step's position after
    /// the page, so a crash replays at most this page. Counts added, updated, unchanged and restored records.
    /// </summary>
    public Task CommitAsync(PageBatch batch, StepPosition next, CancellationToken cancellationToken) =>
        run.CommitAsync(batch, next, cancellationToken);

    /// <summary>A record that could not be read or mapped: listed with its reason; the pass will not delete anything of this model.</summary>
    public void Fail(string scope, string? remoteId, string reason) => run.Fail(scope, remoteId, reason);

    /// <summary>Records SmartRecruiters sent that the client could not use.</summary>
    public void Skipped(string scope, IEnumerable<SkippedRecord> skipped)
    {
        foreach (var record in skipped)
        {
            run.Fail(scope, record.RecordId, $"{record.Endpoint} #{record.Position}: {record.Reason}");
        }
    }

    /// <summary>Source records processed (adds to done) and, when SmartRecruiters said, how many there are in all.</summary>
    public void Progress(long processed, long? total = null) => run.Progress(processed, total);
}
