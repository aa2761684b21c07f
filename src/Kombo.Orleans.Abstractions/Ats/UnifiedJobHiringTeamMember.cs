// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A user on a job's hiring team (Kombo's <c>ats_join_jobs_users</c>; the API embeds the users in the job as
/// <c>hiring_team[]</c>). <see cref="Roles"/> are the member's hiring-team roles (<see cref="HiringTeamRole"/>, open),
/// the source of <c>hiring_team_roles</c>; the full roles are the member's <see cref="UnifiedJobUserRoleAssignment"/>s.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job_hiring_team_member")]
public sealed record UnifiedJobHiringTeamMember(
    string Id,
    string JobId,
    string UserId,
    IReadOnlyList<string> Roles,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
