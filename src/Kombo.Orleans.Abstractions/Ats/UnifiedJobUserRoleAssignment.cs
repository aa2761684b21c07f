// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A role a hiring-team member holds on a job: <see cref="JobUserId"/> is the <see cref="UnifiedJobHiringTeamMember"/>'s
/// id, <see cref="RoleId"/> a JOB-scoped <see cref="UnifiedRole"/>'s id (the API embeds them as
/// <c>hiring_team[].job_roles[]</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job_user_role_assignment")]
public sealed record UnifiedJobUserRoleAssignment(
    string Id,
    string JobUserId,
    string RoleId,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
