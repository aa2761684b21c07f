using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Which unified application stage a SmartRecruiters (status, sub-status) pair is. Stage remote ids are the
/// status (<c>INTERVIEW</c>) or, for a sub-status, <c>STATUS:label</c> (<c>INTERVIEW:Onsite</c>). REJECTED,
/// WITHDRAWN and TRANSFERRED are outcomes, not stages: an application in one of them is at the stage of the
/// newest history entry whose status is a stage. The application mapper and the stage mapper both derive
/// stages here, so every <c>current_stage_id</c> resolves to a stage record.
/// </summary>
public static class StageIds
{
    public const string Rejected = "REJECTED";
    public const string Withdrawn = "WITHDRAWN";
    public const string Transferred = "TRANSFERRED";

    /// <summary>The fixed statuses that are stages, in <c>global_index</c> order.</summary>
    public static IReadOnlyList<string> StageStatuses { get; } = ["LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED"];

    /// <summary>REJECTED, WITHDRAWN, TRANSFERRED: outcomes, not stages.</summary>
    public static bool IsTerminal(string? status) => status is Rejected or Withdrawn or Transferred;

    /// <summary>
    /// Whether a status is a stage: any non-empty status that is not terminal (an unknown status is passed
    /// through as a stage of its own, like every other open value).
    /// </summary>
    public static bool IsStage(string? status) => !string.IsNullOrWhiteSpace(status) && !IsTerminal(status);

    /// <summary>The stage remote id of (status, sub-status): <c>STATUS</c> or <c>STATUS:label</c>; null when the status is no stage.</summary>
    public static string? RemoteId(string? status, string? subStatus)
    {
        if (!IsStage(status))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(subStatus) ? status! : string.Concat(status, ":", subStatus);
    }

    /// <summary>The unified stage id of (status, sub-status); null when the status is no stage.</summary>
    public static string? Id(MappingContext ctx, string? status, string? subStatus) =>
        RemoteId(status, subStatus) is { } remoteId ? ctx.Id(UnifiedModels.ApplicationStage, remoteId) : null;

    /// <summary>
    /// The stage remote id an application is currently at: its own (status, sub-status) when the status is a
    /// stage; for REJECTED / WITHDRAWN / TRANSFERRED the (status, sub-status) of the newest
    /// <paramref name="history"/> entry whose status is a stage (terminal entries skipped). Null when there is
    /// none, when the status is missing, or when a terminal application's history was not synced.
    /// </summary>
    /// <remarks>"Newest" is the latest <c>changedOn</c>; among equal times, and for entries without
    /// <c>changedOn</c> (which count as older than any dated entry), the later one in the list.</remarks>
    public static string? CurrentRemoteId(string? status, string? subStatus, IReadOnlyList<ApplicationStatusChangeDto>? history)
    {
        if (IsStage(status))
        {
            return RemoteId(status, subStatus);
        }

        if (!IsTerminal(status) || history is null)
        {
            return null;
        }

        ApplicationStatusChangeDto? newest = null;
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            if (entry is not null && IsStage(entry.Status) && IsNewerOrSame(entry.ChangedOn, newest?.ChangedOn, newest is null))
            {
                newest = entry;
            }
        }

        return newest is null ? null : RemoteId(newest.Status, newest.SubStatus);
    }

    /// <summary>The unified id of <see cref="CurrentRemoteId"/>.</summary>
    public static string? CurrentId(MappingContext ctx, string? status, string? subStatus, IReadOnlyList<ApplicationStatusChangeDto>? history) =>
        CurrentRemoteId(status, subStatus, history) is { } remoteId ? ctx.Id(UnifiedModels.ApplicationStage, remoteId) : null;

    /// <summary>
    /// Whether an entry dated <paramref name="candidate"/> replaces the newest so far (dated
    /// <paramref name="current"/>, or none): a later or equal time wins (so the later list position wins
    /// ties); an undated entry is older than any dated one.
    /// </summary>
    internal static bool IsNewerOrSame(DateTimeOffset? candidate, DateTimeOffset? current, bool noCurrent)
    {
        if (noCurrent)
        {
            return true;
        }

        if (candidate is not { } time)
        {
            return current is null;
        }

        return current is not { } best || time >= best;
    }
}
