namespace SmartRecruiters.Simulator.Data.Model;

public sealed class SimJob
{
    public required string Id { get; init; }

    public required string Title { get; set; }

    public string? RefNumber { get; set; }

    public DateTimeOffset CreatedOn { get; init; }

    public DateTimeOffset UpdatedOn { get; set; }

    public DateTimeOffset LastActivityOn { get; set; }

    public SimLabel? Department { get; set; }

    public SimLocation? Location { get; set; }

    /// <summary>CREATED, SOURCING, INTERVIEW, OFFER, FILLED, ON_HOLD, CANCELLED.</summary>
    public required string Status { get; set; }

    /// <summary>PUBLIC, INTERNAL, PRIVATE, NOT_PUBLISHED.</summary>
    public required string PostingStatus { get; set; }

    public SimLabel? TypeOfEmployment { get; set; }

    public SimLabel? Function { get; set; }

    public SimLabel? Industry { get; set; }

    public SimLabel? ExperienceLevel { get; set; }

    public (decimal Min, decimal Max, string Currency)? Compensation { get; set; }

    public DateTimeOffset? TargetHiringDate { get; set; }

    public string? CreatorUserId { get; set; }

    public SimJobAdSections Sections { get; set; } = new();

    public List<SimJobAd> Ads { get; } = [];

    public List<SimHiringTeamMember> HiringTeam { get; } = [];

    public List<SimStatusChange> StatusHistory { get; } = [];

    /// <summary>Job properties (custom fields): property id, label, value id, value label.</summary>
    public List<(string Id, string Label, string ValueId, string ValueLabel)> Properties { get; } = [];

    /// <summary>Apply-API screening questions of the job's public posting.</summary>
    public List<SimQuestion> Questions { get; } = [];

    /// <summary>Numeric posting id of the public Posting API.</summary>
    public required string PostingId { get; init; }

    public SimJobAd? DefaultAd => Ads.FirstOrDefault(a => a.Default);
}
