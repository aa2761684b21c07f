namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A job as <c>GET /jobs</c> lists it (the location has no coordinates here).</summary>
public sealed record JobSummaryDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? RefNumber { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    /// <summary>Moves when the job is edited, published or receives applications.</summary>
    public DateTimeOffset? LastActivityOn { get; init; }

    public DepartmentDto? Department { get; init; }

    public LocationDto? Location { get; init; }

    /// <summary>CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD, OTHER.</summary>
    public string? Status { get; init; }

    /// <summary>PUBLIC, INTERNAL, NOT_PUBLISHED, PRIVATE.</summary>
    public string? PostingStatus { get; init; }

    public LanguageDto? Language { get; init; }

    public DetailsActionsDto? Actions { get; init; }
}
