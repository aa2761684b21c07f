using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Data;

/// <summary>An account's company-level settings: roles, hiring processes, reasons, departments.</summary>
public sealed class AccountConfiguration
{
    public List<SimLabel> SystemRoles { get; } = [];

    /// <summary>The built-in role each custom system role was made from (what the legacy <c>role</c> field reports).</summary>
    public Dictionary<string, string> CustomRoleBases { get; } = [];

    public List<SimHiringProcess> HiringProcesses { get; } = [];

    public List<SimLabel> RejectionReasons { get; } = [];

    public List<SimLabel> WithdrawalReasons { get; } = [];

    public List<SimLabel> Departments { get; } = [];

    /// <summary>Candidate source types: id, sub-types (a source of a type with sub-types needs one), and source values.</summary>
    public List<(string TypeId, string[] SubTypes, SimLabel[] Values)> Sources { get; } =
    [
        ("API", [], [new SimLabel("api", "API")]),
        ("JOB_BOARDS", ["FREE", "PAID"], [new SimLabel("indeed", "Indeed"), new SimLabel("linkedin", "LinkedIn")]),
        ("REFERRAL", [], [new SimLabel("employee-referral", "Employee Referral")]),
    ];

    /// <summary>Company-wide tag renames (lower-cased old spelling → new spelling), applied to generated candidates.</summary>
    public Dictionary<string, string> TagRenames { get; } = [];

    /// <summary>Sub-status labels applications may carry although no hiring process lists them (any more).</summary>
    public Dictionary<string, string[]> OrphanSubStatuses { get; } = [];

    public IEnumerable<string> SubStatusesOf(string status, bool activeOnly = false) =>
        HiringProcesses.Where(p => p.Active || !activeOnly)
            .SelectMany(p => p.SubStatuses.TryGetValue(status, out var labels) ? labels : [])
            .Distinct(StringComparer.Ordinal);
}
