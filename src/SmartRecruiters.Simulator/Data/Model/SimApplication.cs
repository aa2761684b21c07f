namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>A candidate's application to one job, with everything SmartRecruiters hangs off it.</summary>
public sealed class SimApplication
{
    public static readonly string[] InactiveStatuses = ["LEAD", "REJECTED", "WITHDRAWN", "TRANSFERRED"];

    public required string ApplicationId { get; init; }

    public required string CandidateId { get; init; }

    public required string JobId { get; init; }

    /// <summary>LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED.</summary>
    public required string Status { get; set; }

    public string? SubStatus { get; set; }

    public DateTimeOffset? StartsOn { get; set; }

    public string Source { get; set; } = "API";

    public SimLabel? ReasonOfRejection { get; set; }

    public SimLabel? ReasonOfWithdrawal { get; set; }

    public DateTimeOffset CreatedOn { get; init; }

    public List<SimStatusChange> History { get; } = [];

    public List<SimScreeningAnswer> ScreeningAnswers { get; } = [];

    public List<SimInterview> Interviews { get; } = [];

    public List<SimOffer> Offers { get; } = [];

    public List<SimAttachment> Attachments { get; } = [];

    public bool IsActive => !InactiveStatuses.Contains(Status);

    public DateTimeOffset LastChangedOn => History.Count == 0 ? CreatedOn : History[^1].ChangedOn;
}
