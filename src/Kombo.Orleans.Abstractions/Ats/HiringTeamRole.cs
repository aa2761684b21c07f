namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A hiring-team member's role on a job (the values of Kombo's <c>hiring_team[].hiring_team_roles</c>): the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJobHiringTeamMember.Roles"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class HiringTeamRole
{
    public const string Recruiter = "RECRUITER";
    public const string HiringManager = "HIRING_MANAGER";
    public const string Coordinator = "COORDINATOR";
    public const string Sourcer = "SOURCER";
    public const string Interviewer = "INTERVIEWER";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Recruiter, HiringManager, Coordinator, Sourcer, Interviewer];
}
