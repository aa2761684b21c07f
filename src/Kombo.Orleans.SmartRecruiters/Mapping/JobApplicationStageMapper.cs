using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Job-specific application stages (the jobs API embeds them as <c>stages[]</c>). For each job: the six status
/// stages and the sub-status stages of the active hiring processes
/// (<see cref="ApplicationStageCatalog.ActiveRemoteIds"/>), in <c>global_index</c> order; then every other stage one
/// of the job's applications currently carries, in <c>global_index</c> order; <c>index</c> = position from 0.
/// A carried stage the catalog does not know (the catalog was built without it) comes last, ordered by remote_id,
/// as the catalog would have placed it. Record id: from <c>{jobId}:{stageRemoteId}</c>.
/// </summary>
public static class JobApplicationStageMapper
{
    /// <param name="ctx">The mapping context.</param>
    /// <param name="catalog">The account's stages (<see cref="ApplicationStageMapper.Map"/>).</param>
    /// <param name="jobRemoteId">The SmartRecruiters job id.</param>
    /// <param name="carriedStageRemoteIds">
    /// The stage remote ids the job's applications currently carry
    /// (<see cref="StageIds.CurrentRemoteId"/>), duplicates allowed; outcome statuses are ignored.
    /// </param>
    public static IReadOnlyList<UnifiedJobApplicationStage> Map(
        MappingContext ctx,
        ApplicationStageCatalog catalog,
        string jobRemoteId,
        IEnumerable<string?> carriedStageRemoteIds)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(carriedStageRemoteIds);
        MappingGuards.RemoteId(jobRemoteId, "job");

        var carried = carriedStageRemoteIds
            .Where(r => !string.IsNullOrWhiteSpace(r) && ApplicationStageMapper.IsStage(r))
            .Select(r => r!)
            .ToHashSet(StringComparer.Ordinal);
        var ordered = catalog.Stages.OrderBy(s => s.GlobalIndex).ToList();
        var known = ordered.Select(s => s.RemoteId).ToHashSet(StringComparer.Ordinal);

        var remoteIds = ordered.Where(s => catalog.ActiveRemoteIds.Contains(s.RemoteId)).Select(s => s.RemoteId)
            .Concat(ordered.Where(s => !catalog.ActiveRemoteIds.Contains(s.RemoteId) && carried.Contains(s.RemoteId)).Select(s => s.RemoteId))
            .Concat(carried.Where(r => !known.Contains(r)).Order(StringComparer.Ordinal));

        var jobId = ctx.Id(UnifiedModels.Job, jobRemoteId);
        return remoteIds
            .Select((stageRemoteId, index) => new UnifiedJobApplicationStage(
                Id: ctx.Id(UnifiedModels.JobApplicationStage, $"{jobRemoteId}:{stageRemoteId}"),
                JobId: jobId,
                StageId: ApplicationStageMapper.StageId(ctx, stageRemoteId),
                Index: index,
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null))
            .ToList();
    }
}
