namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A candidate as <c>GET /candidates</c> lists it (and as an interview embeds it). Only the primary
/// assignment carries a status; secondary assignments name only their job.
/// </summary>
public sealed record CandidateListItemDto
{
    public string? Id { get; init; }

    /// <summary>True when the candidate has at least one internal application.</summary>
    public bool? Internal { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public CandidateLocationDto? Location { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public ConsentDto? Consent { get; init; }

    /// <summary>The most recently updated active application, not necessarily the first one.</summary>
    public CandidateListAssignmentDto? PrimaryAssignment { get; init; }

    /// <summary>The other applications, <c>{job: {id, actions}}</c> only.</summary>
    public IReadOnlyList<CandidateListAssignmentDto>? SecondaryAssignments { get; init; }

    public CandidateActionsDto? Actions { get; init; }
}

/// <summary>A list-level assignment: <c>{job: {id, title}, status, subStatus}</c>; secondary ones have <c>job</c> only.</summary>
public sealed record CandidateListAssignmentDto
{
    public JobRefDto? Job { get; init; }

    /// <summary>LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED.</summary>
    public string? Status { get; init; }

    /// <summary>A free-text label from the job's hiring process.</summary>
    public string? SubStatus { get; init; }
}

public sealed record ConsentDto
{
    /// <summary>REQUIRED, PENDING, ACQUIRED.</summary>
    public string? Status { get; init; }
}
