namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class InterviewingTeamMemberMapperTests
{
    [Fact]
    public void One_member_per_timeslot_interviewer()
    {
        var members = InterviewingTeamMemberMapper.Map(Ctx, InterviewMapperTests.Interview());
        var interviews = InterviewMapper.Map(Ctx, InterviewMapperTests.Interview(), "app-1");

        Assert.Equal(
        [
            (interviews[0].Id, Ctx.Id(UnifiedModels.User, "60f818625414a64b384c8705")),
            (interviews[0].Id, Ctx.Id(UnifiedModels.User, "5fc4c5aa357d700efe2215ab")),
            (interviews[1].Id, Ctx.Id(UnifiedModels.User, "5fc4c5aa357d700efe2215ab")),
        ], members.Select(m => (m.InterviewId, m.UserId)));
        Assert.Equal(Ctx.Id(UnifiedModels.InterviewingTeamMember, "slot-1:60f818625414a64b384c8705"), members[0].Id);
        Assert.Equal(3, members.Select(m => m.Id).Distinct().Count());
        Assert.All(members, m => Assert.Equal(ObservedAt, m.ChangedAt));
        Assert.All(members, m => Assert.Null(m.RemoteDeletedAt));
    }

    [Fact]
    public void Interviewers_without_id_and_repeats_are_skipped()
    {
        var interview = InterviewMapperTests.Interview() with
        {
            Timeslots = [new TimeslotDto { Id = "s", Interviewers = [new InterviewerDto { Id = "u1" }, new InterviewerDto { Id = "" }, new InterviewerDto { Id = "u1", Status = "declined" }] }],
        };

        var member = Assert.Single(InterviewingTeamMemberMapper.Map(Ctx, interview));
        Assert.Equal(Ctx.Id(UnifiedModels.User, "u1"), member.UserId);
        Assert.Empty(InterviewingTeamMemberMapper.Map(Ctx, interview with { Timeslots = [new TimeslotDto { Id = "s" }] }));
        Assert.Equal("interview without id", InterviewingTeamMemberMapper.Validate(interview with { Id = null }));
    }
}
