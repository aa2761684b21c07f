namespace SmartRecruiters.Simulator.Data.Model;

public sealed class SimInterview
{
    public required string Id { get; init; }

    public string? Location { get; set; }

    public required string OrganizerId { get; init; }

    public string Timezone { get; init; } = "Europe/Warsaw";

    public DateTimeOffset CreatedOn { get; init; }

    public string Source { get; init; } = "SMART_RECRUITERS";

    public List<SimTimeslot> Timeslots { get; } = [];
}

public sealed class SimTimeslot
{
    public required string Id { get; init; }

    public string? Title { get; set; }

    public required string InterviewType { get; set; }

    public string? Place { get; set; }

    public DateTimeOffset StartsOn { get; set; }

    public DateTimeOffset EndsOn { get; set; }

    /// <summary>accepted, declined, pending, tentative.</summary>
    public string CandidateStatus { get; set; } = "pending";

    public List<(string UserId, string Status)> Interviewers { get; } = [];
}
