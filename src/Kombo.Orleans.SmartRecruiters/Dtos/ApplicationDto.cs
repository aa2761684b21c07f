namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary><c>GET /candidates/{id}/jobs/{jobId}</c>: one application, with its id (which the Interviews API needs).</summary>
public sealed record ApplicationDto
{
    public string? ApplicationId { get; init; }

    public string? CandidateId { get; init; }

    public string? JobId { get; init; }

    /// <summary>LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED.</summary>
    public string? Status { get; init; }

    public string? SubStatus { get; init; }

    public DateTimeOffset? StartsOn { get; init; }

    public string? Source { get; init; }

    public IdLabelDto? ReasonOfRejection { get; init; }

    public IdLabelDto? ReasonOfWithdrawal { get; init; }

    public SourceDetailsActionsDto? Actions { get; init; }

    /// <summary>This resource's own URL.</summary>
    public string? Url { get; init; }
}
