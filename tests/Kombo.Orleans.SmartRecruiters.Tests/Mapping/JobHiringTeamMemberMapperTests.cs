namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class JobHiringTeamMemberMapperTests
{
    private const string JobId = JobMapperTests.JobId;

    internal static HiringTeamMemberDto Member(string? userId, string? role) => new() { Id = userId, Role = role };

    [Fact]
    public void One_member_per_user_with_all_its_roles_in_order_of_appearance()
    {
        var members = JobHiringTeamMemberMapper.Map(Ctx, JobId,
        [
            Member("user-b", "RECRUITER"),
            Member("user-a", "HIRING_MANAGER"),
            Member("user-b", "INTERVIEW_TEAM"),
            Member("user-b", "RECRUITER"),
            Member(null, "EXECUTIVE"),
            Member("", "EXECUTIVE"),
        ]);

        Assert.Equal([Ctx.Id(UnifiedModels.User, "user-b"), Ctx.Id(UnifiedModels.User, "user-a")], members.Select(m => m.UserId));
        Assert.Equal(["RECRUITER", "INTERVIEWER"], members[0].Roles);
        Assert.Equal(["HIRING_MANAGER"], members[1].Roles);
        Assert.All(members, m => Assert.Equal(Ctx.Id(UnifiedModels.Job, JobId), m.JobId));
        Assert.All(members, m => Assert.Equal(ObservedAt, m.ChangedAt));
        Assert.All(members, m => Assert.Null(m.RemoteDeletedAt));
    }

    [Theory]
    [InlineData("HIRING_MANAGER", "HIRING_MANAGER")]
    [InlineData("RECRUITER", "RECRUITER")]
    [InlineData("COORDINATOR", "COORDINATOR")]
    [InlineData("INTERVIEW_TEAM", "INTERVIEWER")]
    [InlineData("EXECUTIVE", "EXECUTIVE")]
    [InlineData("BAR_RAISER", "BAR_RAISER")]
    [InlineData("Sourcing Partner", "Sourcing Partner")]
    public void Roles_use_the_hiring_team_vocabulary_and_pass_unmapped_roles_through(string role, string expected) =>
        Assert.Equal([expected], JobHiringTeamMemberMapper.Map(Ctx, JobId, [Member("user-a", role)]).Single().Roles);

    [Fact]
    public void A_member_without_a_role_has_no_roles() =>
        Assert.Empty(JobHiringTeamMemberMapper.Map(Ctx, JobId, [Member("user-a", null)]).Single().Roles);

    [Fact]
    public void An_empty_team_has_no_members() => Assert.Empty(JobHiringTeamMemberMapper.Map(Ctx, JobId, []));

    [Fact]
    public void Ids_are_deterministic_per_job_user_and_integration()
    {
        var member = JobHiringTeamMemberMapper.Map(Ctx, JobId, [Member("user-a", "RECRUITER")]).Single();

        Assert.Equal(JobHiringTeamMemberMapper.MemberId(Ctx, JobId, "user-a"), member.Id);
        Assert.Equal(Ctx.Id(UnifiedModels.JobHiringTeamMember, $"{JobId}:user-a"), member.Id);
        Assert.Equal(member.Id, JobHiringTeamMemberMapper.Map(Ctx, JobId, [Member("user-a", "EXECUTIVE")]).Single().Id);
        Assert.NotEqual(member.Id, JobHiringTeamMemberMapper.Map(Ctx, "other-job", [Member("user-a", "RECRUITER")]).Single().Id);
        Assert.NotEqual(member.Id, JobHiringTeamMemberMapper.Map(OtherIntegration, JobId, [Member("user-a", "RECRUITER")]).Single().Id);
    }
}
