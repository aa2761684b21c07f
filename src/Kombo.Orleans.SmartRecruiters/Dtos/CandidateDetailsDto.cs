namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary><c>GET /candidates/{id}</c>: the full profile, with full assignments.</summary>
public sealed record CandidateDetailsDto
{
    public string? Id { get; init; }

    public bool? Internal { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public CandidateLocationDto? Location { get; init; }

    public WebProfileDto? Web { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public IReadOnlyList<EducationDto>? Education { get; init; }

    public IReadOnlyList<ExperienceDto>? Experience { get; init; }

    public AssignmentDto? PrimaryAssignment { get; init; }

    public IReadOnlyList<AssignmentDto>? SecondaryAssignments { get; init; }

    public CandidateActionsDto? Actions { get; init; }
}

/// <summary>A candidate's web profiles (Candidate API spelling: <c>linkedin</c>, lower-case).</summary>
public sealed record WebProfileDto
{
    public string? Skype { get; init; }

    public string? Linkedin { get; init; }

    public string? Facebook { get; init; }

    public string? Twitter { get; init; }

    public string? Website { get; init; }
}

/// <summary>An education entry. Dates are partial: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-dd</c>, so kept as text.</summary>
public sealed record EducationDto
{
    public string? Institution { get; init; }

    public string? Degree { get; init; }

    public string? Major { get; init; }

    public bool? Current { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }
}

/// <summary>An experience entry. Dates are partial (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-dd</c>), kept as text.</summary>
public sealed record ExperienceDto
{
    public string? Title { get; init; }

    public string? Company { get; init; }

    public bool? Current { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }
}
