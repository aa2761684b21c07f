using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Job hiring team members (<c>GET /jobs/{id}/hiring-team</c>): one per (job, user), in the order the users first
/// appear. <c>roles</c> = the member's role(s) in Kombo's hiring-team vocabulary (<see cref="HiringTeamRole"/>, open):
/// HIRING_MANAGER, RECRUITER, COORDINATOR as is, INTERVIEW_TEAM → INTERVIEWER, anything else (EXECUTIVE, custom
/// roles) passed through as the original string; once each, in API order. The API's <c>hiring_team_roles</c> keeps
/// only the enum values of these; the full roles are the <see cref="JobUserRoleAssignmentMapper"/> records.
/// Record id: from <c>{jobId}:{userId}</c> (<see cref="MemberId"/>).
/// </summary>
public static class JobHiringTeamMemberMapper
{
    /// <summary>The unified id of the hiring-team member (<paramref name="jobRemoteId"/>, <paramref name="userRemoteId"/>).</summary>
    public static string MemberId(MappingContext ctx, string jobRemoteId, string userRemoteId)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.Id(UnifiedModels.JobHiringTeamMember, $"{jobRemoteId}:{userRemoteId}");
    }

    /// <summary>A hiring-team role in Kombo's hiring-team vocabulary (INTERVIEW_TEAM → INTERVIEWER), else as is.</summary>
    public static string HiringTeamRoleOf(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return RoleMapper.JobRoleUnifiedType(role) ?? role;
    }

    /// <param name="ctx">The mapping context.</param>
    /// <param name="jobRemoteId">The SmartRecruiters job id.</param>
    /// <param name="team">The entries of the job's hiring team (entries without a user id are skipped).</param>
    public static IReadOnlyList<UnifiedJobHiringTeamMember> Map(MappingContext ctx, string jobRemoteId, IEnumerable<HiringTeamMemberDto?> team)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(team);
        MappingGuards.RemoteId(jobRemoteId, "job");
        var jobId = ctx.Id(UnifiedModels.Job, jobRemoteId);
        return Members(team)
            .Select(m => new UnifiedJobHiringTeamMember(
                Id: MemberId(ctx, jobRemoteId, m.UserId),
                JobId: jobId,
                UserId: ctx.Id(UnifiedModels.User, m.UserId),
                Roles: m.Roles.Select(HiringTeamRoleOf).Distinct(StringComparer.Ordinal).ToList(),
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null))
            .ToList();
    }

    /// <summary>The team grouped by user, in order of first appearance, each with its distinct non-empty SmartRecruiters role strings.</summary>
    internal static IEnumerable<(string UserId, IReadOnlyList<string> Roles)> Members(IEnumerable<HiringTeamMemberDto?> team) =>
        team
            .Where(m => !string.IsNullOrWhiteSpace(m?.Id))
            .GroupBy(m => m!.Id!, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g
                .Select(m => m!.Role)
                .Where(r => !string.IsNullOrWhiteSpace(r))
                .Select(r => r!)
                .Distinct(StringComparer.Ordinal)
                .ToList()));
}
