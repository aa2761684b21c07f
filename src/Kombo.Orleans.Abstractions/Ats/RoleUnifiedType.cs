namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A role's <c>unified_type</c> (null when the role maps to none of these): the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedRole.UnifiedType"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class RoleUnifiedType
{
    public const string HiringManager = "HIRING_MANAGER";
    public const string Recruiter = "RECRUITER";
    public const string Coordinator = "COORDINATOR";
    public const string Sourcer = "SOURCER";
    public const string Interviewer = "INTERVIEWER";
    public const string Admin = "ADMIN";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [HiringManager, Recruiter, Coordinator, Sourcer, Interviewer, Admin];
}
