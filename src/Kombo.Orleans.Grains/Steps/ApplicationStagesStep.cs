using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Steps.Candidates;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Application stages (the catalog from <c>GET /configuration/hiring-processes</c> plus the stages applications
/// carry that no process lists) and each stored job's stages, from the carried stages the candidates step stored.
/// One SmartRecruiters request per run.
/// </summary>
/// <remarks>
/// <para>
/// A stage no process lists must keep its record but carry <c>remote_deleted_at</c> (MAPPING.md). The store only
/// deletes through pass marks, so such a stage is committed only while it is not stored at all (every
/// <c>current_stage_id</c> then resolves); once stored it is never committed again, and the next FULL's deletion
/// marking gives it <c>remote_deleted_at</c> (a later commit would restore it). Consequence: a stage first seen
/// unlisted looks live until the next FULL completes.
/// </para>
/// <para>
/// A DELTA in which neither jobs nor carried stages changed only refreshes the catalog: deriving job stages reads
/// every carried stage, one record per application. A hiring process change alone reaches the job stages with the
/// next FULL (or the next DELTA that changes a job or an application's stage).
/// </para>
/// <para>A resumed run derives everything again: one request, and committing the same records twice changes nothing.</para>
/// </remarks>
public sealed class ApplicationStagesStep : ISyncStep
{
    public const int PageSize = 1000;

    public string Model => SyncModels.ApplicationStages;

    public IReadOnlyList<string> Scopes { get; } = [UnifiedModels.ApplicationStage, UnifiedModels.JobApplicationStage];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var processes = await context.Client.HiringProcessesAsync(cancellationToken);
        context.Skipped(UnifiedModels.ApplicationStage, processes.Skipped);

        var deriveJobs = context.Kind == SyncKind.Full
            || context.UpdatedAfter is null
            || context.ChangedScopes.Contains(InternalScopes.CarriedStages)
            || context.ChangedScopes.Contains(UnifiedModels.Job);
        var carried = deriveJobs ? await ReadCarriedAsync(context, cancellationToken) : new Dictionary<string, List<string?>>(StringComparer.Ordinal);

        var catalog = ApplicationStageMapper.Map(context.Mapping, processes.Records, carried.Values.SelectMany(s => s));
        var stored = await StoredAsync(context, UnifiedModels.ApplicationStage, catalog.UnlistedRemoteIds, cancellationToken);
        var batch = context.NewBatch();
        foreach (var stage in catalog.Stages.Where(s => !catalog.UnlistedRemoteIds.Contains(s.RemoteId) || !stored.Contains(s.RemoteId)))
        {
            batch.Add(UnifiedModels.ApplicationStage, stage.Id, stage.RemoteId, stage);
        }

        context.Progress(processes.Records.Count + processes.Skipped.Count);
        await context.CommitAsync(batch, new StepPosition(UnifiedModels.ApplicationStage), cancellationToken);

        if (deriveJobs && context.Scope.IsEnabled(UnifiedModels.JobApplicationStage))
        {
            await DeriveJobStagesAsync(context, catalog, carried, cancellationToken);
        }
    }

    private static async Task DeriveJobStagesAsync(
        SyncStepContext context, ApplicationStageCatalog catalog, Dictionary<string, List<string?>> carried, CancellationToken cancellationToken)
    {
        var position = new StepPosition(UnifiedModels.JobApplicationStage);

        // A job stage's remote id is (job, stage remote id); the mapped record names its stage by unified id only.
        var stageRemoteIds = catalog.Stages.Select(s => s.RemoteId)
            .Concat(carried.Values.SelectMany(s => s).Where(r => r is not null).Select(r => r!))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(r => ApplicationStageMapper.StageId(context.Mapping, r), StringComparer.Ordinal);
        var batch = context.NewBatch();
        await foreach (var job in LiveRecordsAsync(context, UnifiedModels.Job, cancellationToken))
        {
            var parent = new[] { new ParentLink(UnifiedModels.Job, job.Id, NestedChange.Membership) };
            var stages = JobApplicationStageMapper.Map(context.Mapping, catalog, job.RemoteId, carried.GetValueOrDefault(job.RemoteId) ?? []);
            foreach (var stage in stages)
            {
                batch.Add(UnifiedModels.JobApplicationStage, stage.Id, $"{job.RemoteId}:{stageRemoteIds[stage.StageId]}", stage, parent);
            }

            context.Progress(1);
            if (batch.Count >= PageSize)
            {
                await context.CommitAsync(batch, position, cancellationToken);
                batch = context.NewBatch();
            }
        }

        await context.CommitAsync(batch, position, cancellationToken);
    }

    /// <summary>The stage remote ids the live applications carry, by job remote id (one record per application).</summary>
    private static async Task<Dictionary<string, List<string?>>> ReadCarriedAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var byJob = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        await foreach (var record in LiveRecordsAsync(context, InternalScopes.CarriedStages, cancellationToken))
        {
            var carried = CarriedStage.Parse(record.Payload);
            if (!byJob.TryGetValue(carried.JobRemoteId, out var stages))
            {
                byJob[carried.JobRemoteId] = stages = [];
            }

            // Only the distinct stages matter downstream; an account has few of them per job.
            if (!stages.Contains(carried.StageRemoteId))
            {
                stages.Add(carried.StageRemoteId);
            }
        }

        return byJob;
    }

    /// <summary>Which of <paramref name="remoteIds"/> the scope holds, live or deleted.</summary>
    private static async Task<HashSet<string>> StoredAsync(
        SyncStepContext context, string scope, IReadOnlySet<string> remoteIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (remoteIds.Count == 0)
        {
            return found;
        }

        RecordCursor? after = null;
        do
        {
            var page = await context.Store.QueryAsync(
                new RecordQuery(new RecordScope(context.IntegrationId, scope))
                {
                    RemoteIds = [.. remoteIds], IncludeDeleted = true, PageSize = RecordQuery.MaxPageSize, After = after,
                },
                cancellationToken);
            found.UnionWith(page.Records.Select(r => r.RemoteId));
            after = page.Next;
        }
        while (after is not null);

        return found;
    }

    private static async IAsyncEnumerable<StoredRecord> LiveRecordsAsync(
        SyncStepContext context, string scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RecordCursor? after = null;
        do
        {
            var page = await context.Store.QueryAsync(
                new RecordQuery(new RecordScope(context.IntegrationId, scope)) { PageSize = RecordQuery.MaxPageSize, After = after }, cancellationToken);
            foreach (var record in page.Records)
            {
                yield return record;
            }

            after = page.Next;
        }
        while (after is not null);
    }
}
