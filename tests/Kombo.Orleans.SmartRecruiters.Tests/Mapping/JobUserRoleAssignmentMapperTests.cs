namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.JobHiringTeamMemberMapperTests;

public sealed class JobUserRoleAssignmentMapperTests
{
    private const string JobId = JobMapperTests.JobId;

    [Fact]
    public void One_assignment_per_member_and_role_pointing_at_the_member_and_the_job_role()
    {
        var team = new[] { Member("user-a", "HIRING_MANAGER"), Member("user-b", "INTERVIEW_TEAM"), Member("user-a", "BAR_RAISER"), Member("user-a", "HIRING_MANAGER") };
        var members = JobHiringTeamMemberMapper.Map(Ctx, JobId, team);

        var assignments = JobUserRoleAssignmentMapper.Map(Ctx, JobId, team);

        Assert.Equal(3, assignments.Count);
        Assert.Equal([members[0].Id, members[0].Id, members[1].Id], assignments.Select(a => a.JobUserId));
        Assert.Equal(
            [RoleMapper.MapJobRole(Ctx, "HIRING_MANAGER").Id, RoleMapper.MapJobRole(Ctx, "BAR_RAISER").Id, RoleMapper.MapJobRole(Ctx, "INTERVIEW_TEAM").Id],
            assignments.Select(a => a.RoleId));
        Assert.All(assignments, a => Assert.Equal(ObservedAt, a.ChangedAt));
        Assert.All(assignments, a => Assert.Null(a.RemoteDeletedAt));
    }

    [Fact]
    public void Members_without_roles_have_no_assignments() =>
        Assert.Empty(JobUserRoleAssignmentMapper.Map(Ctx, JobId, [Member("user-a", null), Member("user-b", " ")]));

    [Fact]
    public void Ids_are_deterministic_per_job_user_role_and_integration()
    {
        var assignment = JobUserRoleAssignmentMapper.Map(Ctx, JobId, [Member("user-a", "RECRUITER")]).Single();

        Assert.Equal(Ctx.Id(UnifiedModels.JobUserRoleAssignment, $"{JobId}:user-a:RECRUITER"), assignment.Id);
        Assert.Equal(assignment.Id, JobUserRoleAssignmentMapper.Map(Ctx, JobId, [Member("user-b", "EXECUTIVE"), Member("user-a", "RECRUITER")])[1].Id);
        Assert.NotEqual(assignment.Id, JobUserRoleAssignmentMapper.Map(Ctx, JobId, [Member("user-a", "COORDINATOR")]).Single().Id);
        Assert.NotEqual(assignment.Id, JobUserRoleAssignmentMapper.Map(OtherIntegration, JobId, [Member("user-a", "RECRUITER")]).Single().Id);
    }
}
