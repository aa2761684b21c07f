namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An interview of <c>GET /interviews-api/v201904/interviews?applicationId=…</c> (envelope
/// <c>{content}</c>): one or more timeslots, each with its interviewers. There is no cancelled
/// state: a cancelled interview disappears.
/// </summary>
public sealed record InterviewDto
{
    public string? Id { get; init; }

    /// <summary>The candidate as the candidates list shows it (only <c>id</c> is certain).</summary>
    public CandidateListItemDto? Candidate { get; init; }

    public string? JobId { get; init; }

    public string? Location { get; init; }

    /// <summary>A user id.</summary>
    public string? OrganizerId { get; init; }

    /// <summary>A TZ database name, e.g. <c>Europe/Warsaw</c>.</summary>
    public string? Timezone { get; init; }

    public IReadOnlyList<TimeslotDto>? Timeslots { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>The interview in the SmartRecruiters web app.</summary>
    public string? RefUrl { get; init; }

    public string? Source { get; init; }
}

public sealed record TimeslotDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary>A free-text interview type (e.g. "Phone Interview").</summary>
    public string? InterviewType { get; init; }

    public string? Place { get; init; }

    public DateTimeOffset? StartsOn { get; init; }

    public DateTimeOffset? EndsOn { get; init; }

    public IReadOnlyList<InterviewerDto>? Interviewers { get; init; }

    /// <summary>accepted, declined, pending, tentative.</summary>
    public string? CandidateStatus { get; init; }
}

public sealed record InterviewerDto
{
    /// <summary>A user id.</summary>
    public string? Id { get; init; }

    /// <summary>accepted, declined, pending, tentative.</summary>
    public string? Status { get; init; }
}
