namespace SmartRecruiters.Simulator.Data.Model;

/// <summary>A hiring process: free-text sub-status labels under IN_REVIEW, INTERVIEW and OFFERED.</summary>
public sealed class SimHiringProcess
{
    public static readonly string[] SubStatusParents = ["IN_REVIEW", "INTERVIEW", "OFFERED"];

    public required string Id { get; init; }

    public required string Name { get; set; }

    public bool Active { get; set; }

    public Dictionary<string, List<string>> SubStatuses { get; init; } = SubStatusParents.ToDictionary(s => s, _ => new List<string>());
}
