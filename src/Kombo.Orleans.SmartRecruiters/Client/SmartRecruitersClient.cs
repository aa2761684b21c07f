using System.Globalization;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Paging;

namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>
/// The SmartRecruiters endpoints a sync reads, typed. Lists stream page by page (never a whole
/// account in memory); records SmartRecruiters sends without an id are skipped and reported on the
/// page. Every call goes through <see cref="SmartRecruitersHttp"/>: budget, retries, auth.
/// </summary>
public sealed class SmartRecruitersClient(SmartRecruitersHttp http)
{
    public const int MaxPageSize = 100;

    public SmartRecruitersHttp Http => http;

    /// <summary>Users; <paramref name="startCursor"/> continues an interrupted walk at the page that cursor named (same filters).</summary>
    public IAsyncEnumerable<RecordPage<UserDto>> UsersAsync(DateTimeOffset? updatedAfter, CancellationToken cancellationToken, int pageSize = MaxPageSize,
        string? startCursor = null) =>
        http.CursorPagesAsync<UserDto>("GET /user-api/v201804/users",
            cursor => $"/user-api/v201804/users?limit={pageSize}{Since("updatedAfter", updatedAfter)}{Cursor(cursor)}",
            RateClass.Normal, cancellationToken, u => RequireId(u.Id), startCursor);

    public Task<RecordPage<SystemRoleDto>> SystemRolesAsync(CancellationToken cancellationToken) =>
        http.GetListAsync<SystemRoleDto>("GET /user-api/v201804/system-roles", "/user-api/v201804/system-roles", RateClass.Normal, cancellationToken,
            validate: r => RequireId(r.Id));

    /// <summary>
    /// Jobs in id order (<c>sort=job_id</c>, the only order that pages by cursor reliably); <paramref name="startCursor"/>
    /// continues an interrupted walk at the page that cursor named (same filters).
    /// </summary>
    public IAsyncEnumerable<RecordPage<JobSummaryDto>> JobsAsync(DateTimeOffset? updatedAfter, CancellationToken cancellationToken, int pageSize = MaxPageSize,
        string? startCursor = null) =>
        http.CursorPagesAsync<JobSummaryDto>("GET /jobs",
            cursor => $"/jobs?sort=job_id&limit={pageSize}{Since("updatedAfter", updatedAfter)}{Cursor(cursor)}",
            RateClass.Normal, cancellationToken, j => RequireId(j.Id), startCursor);

    public Task<JobDetailsDto> JobAsync(string jobId, CancellationToken cancellationToken) =>
        http.GetAsync<JobDetailsDto>("GET /jobs/{jobId}", $"/jobs/{Escape(jobId)}", RateClass.Normal, cancellationToken);

    public Task<RecordPage<JobStatusChangeDto>> JobStatusHistoryAsync(string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<JobStatusChangeDto>("GET /jobs/{jobId}/status/history", $"/jobs/{Escape(jobId)}/status/history", RateClass.Normal, cancellationToken);

    public Task<RecordPage<HiringTeamMemberDto>> HiringTeamAsync(string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<HiringTeamMemberDto>("GET /jobs/{jobId}/hiring-team", $"/jobs/{Escape(jobId)}/hiring-team", RateClass.Normal, cancellationToken,
            validate: m => RequireId(m.Id));

    /// <summary>Job ads come as a bare array.</summary>
    public Task<RecordPage<JobAdDto>> JobAdsAsync(string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<JobAdDto>("GET /jobs/{jobId}/jobads", $"/jobs/{Escape(jobId)}/jobads", RateClass.Normal, cancellationToken,
            contentProperty: null, validate: a => RequireId(a.Id));

    /// <summary>
    /// Candidates with at least one application; one such walk at a time per credential (the budget enforces it).
    /// <paramref name="startCursor"/> continues an interrupted walk at the page that cursor named (same filters).
    /// </summary>
    public IAsyncEnumerable<RecordPage<CandidateListItemDto>> CandidatesAsync(DateTimeOffset? updatedAfter, CancellationToken cancellationToken, int pageSize = MaxPageSize,
        string? startCursor = null) =>
        http.CursorPagesAsync<CandidateListItemDto>("GET /candidates",
            cursor => $"/candidates?limit={pageSize}{Since("updatedAfter", updatedAfter)}{Cursor(cursor)}",
            RateClass.CandidateSearch, cancellationToken, c => RequireId(c.Id), startCursor);

    public Task<CandidateDetailsDto> CandidateAsync(string candidateId, CancellationToken cancellationToken) =>
        http.GetAsync<CandidateDetailsDto>("GET /candidates/{id}", $"/candidates/{Escape(candidateId)}", RateClass.Normal, cancellationToken);

    public Task<ApplicationDto> ApplicationAsync(string candidateId, string jobId, CancellationToken cancellationToken) =>
        http.GetAsync<ApplicationDto>("GET /candidates/{id}/jobs/{jobId}", $"/candidates/{Escape(candidateId)}/jobs/{Escape(jobId)}", RateClass.Normal, cancellationToken);

    public Task<RecordPage<ApplicationStatusChangeDto>> ApplicationStatusHistoryAsync(string candidateId, string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<ApplicationStatusChangeDto>("GET /candidates/{id}/jobs/{jobId}/status/history",
            $"/candidates/{Escape(candidateId)}/jobs/{Escape(jobId)}/status/history", RateClass.Normal, cancellationToken);

    public Task<RecordPage<ScreeningAnswerDto>> ScreeningAnswersAsync(string candidateId, string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<ScreeningAnswerDto>("GET /candidates/{id}/jobs/{jobId}/screening-answers",
            $"/candidates/{Escape(candidateId)}/jobs/{Escape(jobId)}/screening-answers", RateClass.Normal, cancellationToken, validate: a => RequireId(a.Id));

    public Task<RecordPage<OfferDto>> OffersAsync(string candidateId, string jobId, CancellationToken cancellationToken) =>
        http.GetListAsync<OfferDto>("GET /candidates/{id}/jobs/{jobId}/offers",
            $"/candidates/{Escape(candidateId)}/jobs/{Escape(jobId)}/offers", RateClass.Normal, cancellationToken, validate: o => RequireId(o.Id));

    public Task<RecordPage<InterviewDto>> InterviewsAsync(string applicationId, CancellationToken cancellationToken) =>
        http.GetListAsync<InterviewDto>("GET /interviews-api/v201904/interviews",
            $"/interviews-api/v201904/interviews?applicationId={Escape(applicationId)}", RateClass.Normal, cancellationToken, validate: i => RequireId(i.Id));

    public Task<RecordPage<HiringProcessDto>> HiringProcessesAsync(CancellationToken cancellationToken) =>
        http.GetListAsync<HiringProcessDto>("GET /configuration/hiring-processes", "/configuration/hiring-processes", RateClass.Normal, cancellationToken,
            validate: p => RequireId(p.Id));

    public Task<RecordPage<IdLabelDto>> RejectionReasonsAsync(CancellationToken cancellationToken) =>
        http.GetListAsync<IdLabelDto>("GET /configuration/rejection-reasons", "/configuration/rejection-reasons", RateClass.Normal, cancellationToken,
            validate: r => RequireId(r.Id));

    public Task<RecordPage<IdLabelDto>> WithdrawalReasonsAsync(CancellationToken cancellationToken) =>
        http.GetListAsync<IdLabelDto>("GET /configuration/withdrawal-reasons", "/configuration/withdrawal-reasons", RateClass.Normal, cancellationToken,
            validate: r => RequireId(r.Id));

    public Task<RecordPage<DepartmentDto>> DepartmentsAsync(CancellationToken cancellationToken) =>
        http.GetListAsync<DepartmentDto>("GET /configuration/departments", "/configuration/departments", RateClass.Normal, cancellationToken,
            validate: d => RequireId(d.Id));

    /// <summary>
    /// The audit feed (administrators only), oldest first, from <paramref name="after"/> on; <paramref name="startCursor"/>
    /// continues an interrupted walk (same window and names).
    /// </summary>
    public IAsyncEnumerable<RecordPage<AuditEventDto>> AuditEventsAsync(DateTimeOffset after, IReadOnlyList<string> eventNames, CancellationToken cancellationToken,
        int pageSize = MaxPageSize, string? startCursor = null) =>
        http.CursorPagesAsync<AuditEventDto>("GET /audit-api/v201910/audit-events",
            cursor => $"/audit-api/v201910/audit-events?limit={pageSize}{Since("eventDateAfter", after)}"
                      + string.Concat(eventNames.Select(n => "&eventName=" + Escape(n)))
                      + (cursor is null ? "" : "&nextPageId=" + Escape(cursor)),
            RateClass.Normal, cancellationToken, e => RequireId(e.Id), startCursor);

    /// <summary>The company's published postings (public Posting API, offset-paged).</summary>
    public IAsyncEnumerable<RecordPage<PostingDto>> PostingsAsync(string companyIdentifier, CancellationToken cancellationToken, int pageSize = MaxPageSize) =>
        http.OffsetPagesAsync<PostingDto>("GET /v1/companies/{companyIdentifier}/postings",
            offset => $"/v1/companies/{Escape(companyIdentifier)}/postings?destination=PUBLIC&limit={pageSize}&offset={offset}",
            pageSize, RateClass.Normal, cancellationToken, p => RequireId(p.Id));

    /// <summary>The Apply API configuration of a posting: its screening questions.</summary>
    public Task<ApplyConfigurationDto> PostingConfigurationAsync(string postingUuid, CancellationToken cancellationToken) =>
        http.GetAsync<ApplyConfigurationDto>("GET /postings/{uuid}/configuration", $"/postings/{Escape(postingUuid)}/configuration", RateClass.Normal, cancellationToken);

    private static string? RequireId(string? id) => string.IsNullOrEmpty(id) ? "the record has no id" : null;

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Cursor(string? cursor) => cursor is null ? "" : "&pageId=" + Uri.EscapeDataString(cursor);

    private static string Since(string name, DateTimeOffset? value) => value is { } at
        ? $"&{name}={Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))}"
        : "";
}
