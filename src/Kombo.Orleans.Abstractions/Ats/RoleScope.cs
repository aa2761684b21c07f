namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A role's <c>scope</c>: a system-wide role or a role on one job: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedRole.Scope"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class RoleScope
{
    public const string System = "SYSTEM";
    public const string Job = "JOB";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [System, Job];
}
