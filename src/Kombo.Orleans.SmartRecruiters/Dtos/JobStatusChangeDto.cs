namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>An entry of <c>GET /jobs/{jobId}/status/history</c> (envelope <c>{totalFound, content}</c>).</summary>
public sealed record JobStatusChangeDto
{
    public DateTimeOffset? ChangedOn { get; init; }

    /// <summary>CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD, OTHER.</summary>
    public string? Status { get; init; }

    public JobStatusChangeActionsDto? Actions { get; init; }
}

public sealed record JobStatusChangeActionsDto
{
    /// <summary>The user who made the change.</summary>
    public ActionDto? User { get; init; }
}
