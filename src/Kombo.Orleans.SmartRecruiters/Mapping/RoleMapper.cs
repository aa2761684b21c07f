using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Roles: SYSTEM roles from <c>GET /user-api/v201804/system-roles</c> and JOB roles from hiring teams.
/// <list type="bullet">
/// <item>SYSTEM: remote_id ← <c>id</c>, remote_label ← <c>name</c>, unified_type ← ADMIN for
/// <c>ADMINISTRATOR</c>, else null.</item>
/// <item>JOB: the five built-in hiring-team roles (<see cref="BuiltInJobRoles"/>) plus every custom role string
/// seen in a hiring team; remote_id ← the string, remote_label ← the string humanised
/// (<c>HIRING_MANAGER</c> → <c>Hiring Manager</c>), unified_type per <see cref="JobRoleUnifiedType"/>.</item>
/// </list>
/// Ids: a SYSTEM role id and a JOB role string could be equal (a custom hiring-team role named like a system
/// role), so the id is derived from the scope and the remote id (<c>SYSTEM:{id}</c>, <c>JOB:{role}</c>);
/// other mappers reference roles through <see cref="SystemRoleId"/> and <see cref="JobRoleId"/>.
/// </summary>
public static class RoleMapper
{
    /// <summary>SmartRecruiters' built-in hiring-team roles, in the order they are listed.</summary>
    public static IReadOnlyList<string> BuiltInJobRoles { get; } = ["HIRING_MANAGER", "RECRUITER", "COORDINATOR", "INTERVIEW_TEAM", "EXECUTIVE"];

    /// <summary>The unified id of the SYSTEM role with SmartRecruiters id <paramref name="systemRoleId"/>.</summary>
    public static string SystemRoleId(MappingContext ctx, string systemRoleId)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.Id(UnifiedModels.Role, $"{RoleScope.System}:{systemRoleId}");
    }

    /// <summary>The unified id of the JOB role <paramref name="role"/> (a hiring-team role string).</summary>
    public static string JobRoleId(MappingContext ctx, string role)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.Id(UnifiedModels.Role, $"{RoleScope.Job}:{role}");
    }

    /// <summary>
    /// A hiring-team role's unified type: HIRING_MANAGER, RECRUITER, COORDINATOR as is, INTERVIEW_TEAM →
    /// INTERVIEWER; EXECUTIVE, custom strings and null → null.
    /// </summary>
    public static string? JobRoleUnifiedType(string? role) => role switch
    {
        "HIRING_MANAGER" => RoleUnifiedType.HiringManager,
        "RECRUITER" => RoleUnifiedType.Recruiter,
        "COORDINATOR" => RoleUnifiedType.Coordinator,
        "INTERVIEW_TEAM" => RoleUnifiedType.Interviewer,
        _ => null,
    };

    /// <summary>A system role's unified type: <c>ADMINISTRATOR</c> → ADMIN, others null.</summary>
    public static string? SystemRoleUnifiedType(string? systemRoleId) =>
        systemRoleId == "ADMINISTRATOR" ? RoleUnifiedType.Admin : null;

    public static UnifiedRole MapSystemRole(MappingContext ctx, SystemRoleDto role)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(role);
        var id = MappingGuards.RemoteId(role.Id, "system role");
        return new UnifiedRole(
            Id: SystemRoleId(ctx, id),
            RemoteId: id,
            RemoteLabel: Labels.NullIfEmpty(role.Name),
            Scope: RoleScope.System,
            UnifiedType: SystemRoleUnifiedType(id),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>Every system role, in the order given; roles without an id are skipped.</summary>
    public static IReadOnlyList<UnifiedRole> MapSystemRoles(MappingContext ctx, IEnumerable<SystemRoleDto?> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles
            .Where(r => !string.IsNullOrWhiteSpace(r?.Id))
            .DistinctBy(r => r!.Id, StringComparer.Ordinal)
            .Select(r => MapSystemRole(ctx, r!))
            .ToList();
    }

    public static UnifiedRole MapJobRole(MappingContext ctx, string role)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        MappingGuards.RemoteId(role, "hiring-team role");
        return new UnifiedRole(
            Id: JobRoleId(ctx, role),
            RemoteId: role,
            RemoteLabel: Labels.NullIfEmpty(Labels.Humanize(role)),
            Scope: RoleScope.Job,
            UnifiedType: JobRoleUnifiedType(role),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>
    /// The JOB roles: the five built-ins (in <see cref="BuiltInJobRoles"/> order), then every other role string in
    /// <paramref name="seenRoles"/> (the <c>role</c> of every hiring-team member of every job), once each, in
    /// ordinal order. Role strings are compared ordinally; empty ones are ignored.
    /// </summary>
    public static IReadOnlyList<UnifiedRole> MapJobRoles(MappingContext ctx, IEnumerable<string?> seenRoles)
    {
        ArgumentNullException.ThrowIfNull(seenRoles);
        var custom = seenRoles
            .Where(r => !string.IsNullOrWhiteSpace(r) && !BuiltInJobRoles.Contains(r, StringComparer.Ordinal))
            .Select(r => r!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return BuiltInJobRoles.Concat(custom).Select(r => MapJobRole(ctx, r)).ToList();
    }
}
