// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job (Kombo <c>GET /ats/jobs</c>, without the embedded <c>stages</c>, <c>screening_questions</c>,
/// <c>job_postings</c> and <c>hiring_team</c>, which the API assembles from <see cref="UnifiedJobApplicationStage"/>,
/// <see cref="UnifiedJobScreeningQuestion"/>, <see cref="UnifiedJobPosting"/> and <see cref="UnifiedJobHiringTeamMember"/>).
/// Open enums: <see cref="EmploymentType"/>, <see cref="Status"/> (<see cref="JobStatus"/>), <see cref="Visibility"/>
/// (<see cref="JobVisibility"/>), <see cref="RemoteWorkStatus"/>, <see cref="SalaryPeriod"/>. <see cref="Confidential"/>,
/// <see cref="WeeklyHours"/>, <see cref="RemoteWorkStatus"/>, <see cref="SalaryAmount"/>, <see cref="ClosedAt"/> and
/// <see cref="ContactId"/> are Kombo fields SmartRecruiters does not fill (null).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job")]
public sealed record UnifiedJob(
    string Id,
    string RemoteId,
    string? Name,
    string? JobCode,
    string? Description,
    bool? Confidential,
    decimal? WeeklyHours,
    string? EmploymentType,
    string? Status,
    string? Visibility,
    string? Category,
    string? Department,
    string? PostUrl,
    string? ExperienceLevel,
    string? RemoteWorkStatus,
    decimal? SalaryAmount,
    decimal? SalaryAmountFrom,
    decimal? SalaryAmountTo,
    string? SalaryCurrency,
    string? SalaryPeriod,
    UnifiedLocation? Location,
    IReadOnlyDictionary<string, RawJson> CustomFields,
    IReadOnlyList<IntegrationField> IntegrationFields,
    string? RemoteUrl,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? RemoteCreatedAt,
    DateTimeOffset? RemoteUpdatedAt,
    string? ContactId,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
