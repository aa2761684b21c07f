using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// The application stages of an account and what the engine needs besides them (see <see cref="ApplicationStageMapper"/>).
/// </summary>
/// <param name="Stages">Every stage, in <c>global_index</c> order (<see cref="UnifiedApplicationStage.GlobalIndex"/> = position).</param>
/// <param name="UnlistedRemoteIds">
/// The remote ids of the stages that exist only because an application currently carries them: no hiring
/// process lists them (any more). The engine gives these <c>remote_deleted_at</c> (they are missing from
/// configuration) but keeps the records while they are referenced, so every <c>current_stage_id</c> resolves.
/// </param>
/// <param name="ActiveRemoteIds">
/// The six status stages and the sub-status stages of the active hiring processes: the stages every job has
/// (<see cref="JobApplicationStageMapper"/>).
/// </param>
public sealed record ApplicationStageCatalog(
    IReadOnlyList<UnifiedApplicationStage> Stages,
    IReadOnlySet<string> UnlistedRemoteIds,
    IReadOnlySet<string> ActiveRemoteIds)
{
    /// <summary>The stage with <paramref name="remoteId"/>, if the catalog has it.</summary>
    public UnifiedApplicationStage? Find(string remoteId) =>
        Stages.FirstOrDefault(s => string.Equals(s.RemoteId, remoteId, StringComparison.Ordinal));
}

/// <summary>
/// Application stages (<c>GET /configuration/hiring-processes</c>). SmartRecruiters has fixed statuses plus
/// free-text sub-statuses under IN_REVIEW, INTERVIEW and OFFERED:
/// <list type="bullet">
/// <item>one stage per status in <see cref="StageIds.StageStatuses"/>: remote_id = the status, name = the status humanised;</item>
/// <item>one stage per sub-status label: remote_id = <c>STATUS:label</c>, name = the label;</item>
/// <item>REJECTED, WITHDRAWN and TRANSFERRED are outcomes, not stages (<see cref="StageIds.IsTerminal"/>).</item>
/// </list>
/// Stage remote ids are <see cref="StageIds"/>' (shared with the application mapper).
/// <c>global_index</c>: the statuses in <see cref="StageIds.StageStatuses"/> order, each followed by its sub-statuses in the
/// order the hiring processes list them (active processes first, then inactive ones, each group in API order; a
/// label listed twice counts once); then the stages no process lists, ordered by remote_id (ordinal). Such a stage
/// exists when an application currently carries it (the caller passes those, resolved with
/// <see cref="StageIds.CurrentRemoteId"/>); it is reported in <see cref="ApplicationStageCatalog.UnlistedRemoteIds"/>.
/// remote_data of a sub-status stage: every process that lists it, keyed <c>/configuration/hiring-processes/{id}</c>;
/// status stages and unlisted stages have none (null).
/// </summary>
public static class ApplicationStageMapper
{
    /// <summary>The unified id of the stage with <paramref name="remoteId"/>.</summary>
    public static string StageId(MappingContext ctx, string remoteId)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.Id(UnifiedModels.ApplicationStage, remoteId);
    }

    /// <param name="ctx">The mapping context.</param>
    /// <param name="processes">The hiring processes, in the order the API returns them.</param>
    /// <param name="carriedStageRemoteIds">
    /// The stage remote ids applications currently carry (<see cref="StageIds.CurrentRemoteId"/> of each application),
    /// duplicates allowed; those no process lists become stages of their own. Outcome statuses (REJECTED, …) are
    /// ignored: they are never stages.
    /// </param>
    public static ApplicationStageCatalog Map(
        MappingContext ctx,
        IEnumerable<HiringProcessDto?> processes,
        IEnumerable<string?> carriedStageRemoteIds)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(carriedStageRemoteIds);

        var ordered = processes.Where(p => p is not null).Select(p => p!).ToList();
        ordered = [.. ordered.Where(IsActive), .. ordered.Where(p => !IsActive(p))];

        // The listed stages in global order, with the processes that list each and whether an active one does.
        var listed = new List<string>();
        var listedBy = new Dictionary<string, List<HiringProcessDto>>(StringComparer.Ordinal);
        var active = new HashSet<string>(StageIds.StageStatuses, StringComparer.Ordinal);
        foreach (var status in StageIds.StageStatuses)
        {
            listed.Add(status);
            foreach (var process in ordered)
            {
                foreach (var label in SubStatusesOf(process, status))
                {
                    var remoteId = $"{status}:{label}";
                    if (!listedBy.TryGetValue(remoteId, out var by))
                    {
                        listed.Add(remoteId);
                        listedBy[remoteId] = by = [];
                    }

                    if (!by.Any(p => ReferenceEquals(p, process)))
                    {
                        by.Add(process);
                    }

                    if (IsActive(process))
                    {
                        active.Add(remoteId);
                    }
                }
            }
        }

        var known = new HashSet<string>(listed, StringComparer.Ordinal);
        var unlisted = carriedStageRemoteIds
            .Where(r => !string.IsNullOrWhiteSpace(r) && !known.Contains(r) && IsStage(r!))
            .Select(r => r!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var stages = listed.Concat(unlisted)
            .Select((remoteId, index) => new UnifiedApplicationStage(
                Id: StageId(ctx, remoteId),
                RemoteId: remoteId,
                Name: NameOf(remoteId),
                GlobalIndex: index,
                RemoteData: listedBy.TryGetValue(remoteId, out var by)
                    ? RemoteData.Of([.. by.Where(p => !string.IsNullOrWhiteSpace(p.Id)).Select(p => (ProcessPath(p.Id!), (object?)p))])
                    : null,
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null))
            .ToList();

        return new ApplicationStageCatalog(
            stages,
            new HashSet<string>(unlisted, StringComparer.Ordinal),
            active);
    }

    /// <summary>The API path of a hiring process, a key of <c>remote_data</c>.</summary>
    public static string ProcessPath(string processId) => $"/configuration/hiring-processes/{processId}";

    /// <summary>A stage's name: the label of a <c>STATUS:label</c> stage, else the status humanised (<c>In Review</c>).</summary>
    public static string? NameOf(string remoteId)
    {
        ArgumentNullException.ThrowIfNull(remoteId);
        var separator = remoteId.IndexOf(':', StringComparison.Ordinal);
        return separator >= 0
            ? Labels.NullIfEmpty(remoteId[(separator + 1)..])
            : Labels.NullIfEmpty(Labels.Humanize(remoteId));
    }

    /// <summary>Whether <paramref name="remoteId"/> names a stage (<c>STATUS</c> or <c>STATUS:label</c> whose status is not an outcome).</summary>
    public static bool IsStage(string remoteId)
    {
        ArgumentNullException.ThrowIfNull(remoteId);
        return StageIds.IsStage(StatusOf(remoteId));
    }

    /// <summary>The status part of a stage remote id (<c>STATUS</c> or <c>STATUS:label</c>).</summary>
    private static string StatusOf(string remoteId)
    {
        var separator = remoteId.IndexOf(':', StringComparison.Ordinal);
        return separator >= 0 ? remoteId[..separator] : remoteId;
    }

    /// <summary>A process counts as active unless the API says <c>active: false</c>.</summary>
    private static bool IsActive(HiringProcessDto process) => process.Active != false;

    private static IEnumerable<string> SubStatusesOf(HiringProcessDto process, string status) =>
        (status switch
        {
            "IN_REVIEW" => process.SubStatuses?.InReview,
            "INTERVIEW" => process.SubStatuses?.Interview,
            "OFFERED" => process.SubStatuses?.Offered,
            _ => null,
        } ?? []).Where(label => !string.IsNullOrWhiteSpace(label));
}
