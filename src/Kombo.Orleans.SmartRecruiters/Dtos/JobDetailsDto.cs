namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary><c>GET /jobs/{jobId}</c>: the summary fields and the job's content, properties and compensation.</summary>
public sealed record JobDetailsDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? RefNumber { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public DateTimeOffset? LastActivityOn { get; init; }

    public DepartmentDto? Department { get; init; }

    /// <summary>With string <c>latitude</c>/<c>longitude</c>.</summary>
    public LocationDto? Location { get; init; }

    /// <summary>CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD, OTHER.</summary>
    public string? Status { get; init; }

    /// <summary>PUBLIC, INTERNAL, NOT_PUBLISHED, PRIVATE.</summary>
    public string? PostingStatus { get; init; }

    public LanguageDto? Language { get; init; }

    public DateTimeOffset? TargetHiringDate { get; init; }

    public IdLabelDto? Industry { get; init; }

    public IdLabelDto? Function { get; init; }

    /// <summary>e.g. <c>{id: "permanent", label: "Full-time"}</c>.</summary>
    public IdLabelDto? TypeOfEmployment { get; init; }

    public IdLabelDto? ExperienceLevel { get; init; }

    public IdLabelDto? EeoCategory { get; init; }

    public bool? Template { get; init; }

    public UserIdentityDto? Creator { get; init; }

    public CompensationDto? Compensation { get; init; }

    public JobAdContentDto? JobAd { get; init; }

    /// <summary>Job properties (custom fields), each with its selected value.</summary>
    public IReadOnlyList<JobPropertyDto>? Properties { get; init; }

    public JobDetailsActionsDto? Actions { get; init; }
}

/// <summary>A job's salary range.</summary>
public sealed record CompensationDto
{
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? Currency { get; init; }
}

/// <summary>A job property (custom field): <c>{id, label, value: {id, label}}</c>.</summary>
public sealed record JobPropertyDto
{
    public string? Id { get; init; }

    public string? Label { get; init; }

    public IdLabelDto? Value { get; init; }
}

public sealed record JobDetailsActionsDto
{
    public ActionDto? HiringTeam { get; init; }

    public ActionDto? Publications { get; init; }

    public ActionDto? Positions { get; init; }

    /// <summary>The default job ad's apply URL, when it has one.</summary>
    public ActionDto? ApplyOnWeb { get; init; }

    public ActionDto? Details { get; init; }
}
