using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Job user role assignments (<c>GET /jobs/{id}/hiring-team</c>): one per (hiring-team member, role);
/// job_user_id = the member's id (<see cref="JobHiringTeamMemberMapper.MemberId"/>), role_id = the JOB role of the
/// SmartRecruiters role string (<see cref="RoleMapper.JobRoleId"/>). Record id: from <c>{jobId}:{userId}:{role}</c>.
/// </summary>
public static class JobUserRoleAssignmentMapper
{
    public static IReadOnlyList<UnifiedJobUserRoleAssignment> Map(MappingContext ctx, string jobRemoteId, IEnumerable<HiringTeamMemberDto?> team)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(team);
        MappingGuards.RemoteId(jobRemoteId, "job");
        return JobHiringTeamMemberMapper.Members(team)
            .SelectMany(m => m.Roles.Select(role => new UnifiedJobUserRoleAssignment(
                Id: ctx.Id(UnifiedModels.JobUserRoleAssignment, $"{jobRemoteId}:{m.UserId}:{role}"),
                JobUserId: JobHiringTeamMemberMapper.MemberId(ctx, jobRemoteId, m.UserId),
                RoleId: RoleMapper.JobRoleId(ctx, role),
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null)))
            .ToList();
    }
}
