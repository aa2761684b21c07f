namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A full assignment (an application) inside candidate details. SmartRecruiters composes it from
/// the job (<c>id</c> and <c>title</c> are the job's, plus the <c>job</c> reference) and the
/// assignment fields; it carries no application id (use <c>/candidates/{id}/jobs/{jobId}</c>).
/// </summary>
public sealed record AssignmentDto
{
    /// <summary>The job id.</summary>
    public string? Id { get; init; }

    /// <summary>The job title.</summary>
    public string? Title { get; init; }

    public JobRefDto? Job { get; init; }

    /// <summary>LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED.</summary>
    public string? Status { get; init; }

    public string? SubStatus { get; init; }

    /// <summary>The start date of a hired candidate.</summary>
    public DateTimeOffset? StartsOn { get; init; }

    public string? Source { get; init; }

    public IdLabelDto? ReasonOfRejection { get; init; }

    public IdLabelDto? ReasonOfWithdrawal { get; init; }

    public SourceDetailsActionsDto? Actions { get; init; }
}
