using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// What one application is mapped from.
/// </summary>
/// <param name="Application"><c>GET /candidates/{id}/jobs/{jobId}</c>.</param>
/// <param name="History">
/// <c>GET …/status/history</c> (its <c>content</c>), or null when the history was not synced: then
/// <c>rejected_at</c>, <c>remote_created_at</c> and <c>remote_updated_at</c> are null, and so is the
/// <c>current_stage_id</c> of a REJECTED / WITHDRAWN / TRANSFERRED application.
/// </param>
/// <param name="Answers"><c>GET …/screening-answers</c> (its <c>content</c>), or null when not synced.</param>
/// <param name="Questions">
/// The job's screening-question definitions (<c>GET /postings/{uuid}/configuration</c> of its public posting), or
/// null when unknown. Only the checkbox rule reads them (how many options the question offers).
/// </param>
public sealed record ApplicationSource(
    ApplicationDto Application,
    IReadOnlyList<ApplicationStatusChangeDto>? History = null,
    IReadOnlyList<ScreeningAnswerDto>? Answers = null,
    IReadOnlyList<ScreeningQuestionDto>? Questions = null);

/// <summary>An application (one per candidate and job) → <see cref="UnifiedApplication"/> (MAPPING.md, Applications).</summary>
public static class ApplicationMapper
{
    private static readonly IReadOnlyDictionary<string, RawJson> NoCustomFields = System.Collections.ObjectModel.ReadOnlyDictionary<string, RawJson>.Empty;

    /// <summary>Why the application cannot be mapped (null when it can): it needs its candidate id and job id.</summary>
    public static string? Validate(ApplicationDto application)
    {
        if (string.IsNullOrWhiteSpace(application.CandidateId))
        {
            return "application without candidateId";
        }

        return string.IsNullOrWhiteSpace(application.JobId) ? "application without jobId" : null;
    }

    /// <summary>The application's remote id: <c>applicationId</c> when SmartRecruiters returns one, else <c>{candidateId}:{jobId}</c>.</summary>
    public static string RemoteId(string? applicationId, string candidateId, string jobId) =>
        string.IsNullOrWhiteSpace(applicationId) ? string.Concat(candidateId, ":", jobId) : applicationId;

    /// <inheritdoc cref="RemoteId(string?, string, string)"/>
    public static string RemoteId(ApplicationDto application) =>
        Validate(application) is { } problem
            ? throw new ArgumentException(problem, nameof(application))
            : RemoteId(application.ApplicationId, application.CandidateId!, application.JobId!);

    /// <summary>The API path of the application (<c>remote_data</c> key); history and answers hang below it.</summary>
    public static string Path(string candidateId, string jobId) => string.Concat("/candidates/", candidateId, "/jobs/", jobId);

    /// <summary>HIRED → HIRED; REJECTED, WITHDRAWN, TRANSFERRED → DECLINED; any other status → PENDING; no status → null.</summary>
    public static string? Outcome(string? status) => status switch
    {
        _ when string.IsNullOrWhiteSpace(status) => null,
        "HIRED" => ApplicationOutcome.Hired,
        StageIds.Rejected or StageIds.Withdrawn or StageIds.Transferred => ApplicationOutcome.Declined,
        _ => ApplicationOutcome.Pending,
    };

    /// <summary><c>reasonOfRejection.label</c> of a REJECTED application, <c>reasonOfWithdrawal.label</c> of a WITHDRAWN one; else null.</summary>
    public static string? RejectionReasonName(ApplicationDto application) => application.Status switch
    {
        StageIds.Rejected => Labels.NullIfEmpty(application.ReasonOfRejection?.Label),
        StageIds.Withdrawn => Labels.NullIfEmpty(application.ReasonOfWithdrawal?.Label),
        _ => null,
    };

    /// <summary>
    /// <c>changedOn</c> of the newest history entry with status REJECTED or WITHDRAWN, when the application is
    /// currently REJECTED or WITHDRAWN; else (or without history) null.
    /// </summary>
    public static DateTimeOffset? RejectedAt(string? status, IReadOnlyList<ApplicationStatusChangeDto>? history)
    {
        if (status is not (StageIds.Rejected or StageIds.Withdrawn) || history is null)
        {
            return null;
        }

        ApplicationStatusChangeDto? newest = null;
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i] is { Status: StageIds.Rejected or StageIds.Withdrawn } entry
                && StageIds.IsNewerOrSame(entry.ChangedOn, newest?.ChangedOn, newest is null))
            {
                newest = entry;
            }
        }

        return newest?.ChangedOn?.ToUniversalTime();
    }

    /// <summary>The oldest and newest <c>changedOn</c> of the status history; both null without history.</summary>
    public static (DateTimeOffset? Oldest, DateTimeOffset? Newest) HistorySpan(IReadOnlyList<ApplicationStatusChangeDto>? history)
    {
        DateTimeOffset? oldest = null, newest = null;
        if (history is null)
        {
            return (null, null);
        }

        for (var i = 0; i < history.Count; i++)
        {
            if (history[i]?.ChangedOn is { } changed)
            {
                if (oldest is null || changed < oldest)
                {
                    oldest = changed;
                }

                if (newest is null || changed > newest)
                {
                    newest = changed;
                }
            }
        }

        return (oldest?.ToUniversalTime(), newest?.ToUniversalTime());
    }

    /// <exception cref="ArgumentException">The application fails <see cref="Validate"/>.</exception>
    public static UnifiedApplication Map(MappingContext ctx, ApplicationSource source)
    {
        var application = source.Application;
        var remoteId = RemoteId(application);
        var candidateId = application.CandidateId!;
        var jobId = application.JobId!;
        var (created, updated) = HistorySpan(source.History);
        var path = Path(candidateId, jobId);
        return new UnifiedApplication(
            Id: ctx.Id(UnifiedModels.Application, remoteId),
            RemoteId: remoteId,
            Outcome: Outcome(application.Status),
            RejectionReasonName: RejectionReasonName(application),
            RejectedAt: RejectedAt(application.Status, source.History),
            CurrentStageId: StageIds.CurrentId(ctx, application.Status, application.SubStatus, source.History),
            JobId: ctx.Id(UnifiedModels.Job, jobId),
            CandidateId: ctx.Id(UnifiedModels.Candidate, candidateId),
            ScreeningQuestionAnswers: ScreeningAnswerMapper.MapAll(source.Answers, source.Questions),
            CustomFields: NoCustomFields,
            IntegrationFields: [],
            RemoteUrl: null,
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null,
            RemoteCreatedAt: created,
            RemoteUpdatedAt: updated,
            RemoteData: RemoteData.Of(
                (path, application),
                (path + "/status/history", Envelope(source.History)),
                (path + "/screening-answers", Envelope(source.Answers))));
    }

    /// <summary>The <c>{totalFound, content}</c> envelope the list came in (null when not synced).</summary>
    private static ContentListDto<T>? Envelope<T>(IReadOnlyList<T>? content) =>
        content is null ? null : new ContentListDto<T> { TotalFound = content.Count, Content = content };
}
