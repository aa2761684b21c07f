namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class InterviewMapperTests
{
    internal static InterviewDto Interview() => new()
    {
        Id = "int-1",
        Candidate = new CandidateListItemDto { Id = "cand-1" },
        JobId = "job-1",
        Location = "Office, 3rd floor",
        OrganizerId = "60f818625414a64b384c8705",
        Timezone = "Europe/Warsaw",
        CreatedOn = At("2024-02-01T09:00:00.000+01:00"),
        Timeslots =
        [
            new TimeslotDto
            {
                Id = "slot-1", Title = "Technical interview", InterviewType = "Onsite", Place = "Room 1",
                StartsOn = At("2024-02-03T10:00:00.000+01:00"), EndsOn = At("2024-02-03T11:00:00.000+01:00"),
                Interviewers = [new InterviewerDto { Id = "60f818625414a64b384c8705", Status = "accepted" }, new InterviewerDto { Id = "5fc4c5aa357d700efe2215ab", Status = "pending" }],
            },
            new TimeslotDto
            {
                Id = "slot-2", Title = "", InterviewType = "Phone Interview", Place = null,
                StartsOn = At("2024-02-04T10:00:00.000Z"), EndsOn = At("2024-02-04T10:30:00.000Z"),
                Interviewers = [new InterviewerDto { Id = "5fc4c5aa357d700efe2215ab", Status = "accepted" }],
            },
        ],
    };

    [Fact]
    public void One_interview_per_timeslot()
    {
        var interviews = InterviewMapper.Map(Ctx, Interview(), "app-1");

        Assert.Equal(2, interviews.Count);
        var (first, second) = (interviews[0], interviews[1]);
        Assert.Equal("slot-1", first.RemoteId);
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Interview, "slot-1"), first.Id);
        Assert.Equal("Technical interview", first.Title);
        Assert.Equal(At("2024-02-03T09:00:00.000Z"), first.StartingAt);
        Assert.Equal(TimeSpan.Zero, first.StartingAt!.Value.Offset);
        Assert.Equal(At("2024-02-03T10:00:00.000Z"), first.EndingAt);
        Assert.Equal(new UnifiedLocation(null, null, "Room 1", null, null, null, null), first.Location);
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Application, "app-1"), first.ApplicationId);
        Assert.Equal(At("2024-02-01T08:00:00.000Z"), first.RemoteCreatedAt);
        Assert.False(first.Canceled);
        Assert.Null(first.VideoConferencingUrl);
        Assert.Null(first.StageId);
        Assert.Null(first.RemoteUpdatedAt);
        Assert.Equal(ObservedAt, first.ChangedAt);
        Assert.Null(first.RemoteDeletedAt);

        Assert.Equal("slot-2", second.RemoteId);
        Assert.Equal(first.ApplicationId, second.ApplicationId);
        Assert.Equal(first.RemoteCreatedAt, second.RemoteCreatedAt);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Title_falls_back_to_the_interview_type_and_location_to_the_interview_location()
    {
        var second = InterviewMapper.Map(Ctx, Interview(), "app-1")[1];

        Assert.Equal("Phone Interview", second.Title);
        Assert.Equal(new UnifiedLocation(null, null, "Office, 3rd floor", null, null, null, null), second.Location);

        var bare = InterviewMapper.Map(Ctx, Interview() with { Location = " ", Timeslots = [new TimeslotDto { Id = "s" }] }, "app-1").Single();
        Assert.Null(bare.Location);
        Assert.Null(bare.Title);
        Assert.Null(bare.StartingAt);
    }

    [Fact]
    public void Remote_data_holds_the_whole_interview_under_its_path()
    {
        var interviews = InterviewMapper.Map(Ctx, Interview(), "app-1");

        foreach (var interview in interviews)
        {
            var (key, raw) = Assert.Single(interview.RemoteData!);
            Assert.Equal("/interviews-api/v201904/interviews/int-1", key);
            Assert.Equal(2, raw.ToElement().GetProperty("timeslots").GetArrayLength());
        }
    }

    [Fact]
    public void Validate_needs_interview_and_distinct_timeslot_ids()
    {
        Assert.Null(InterviewMapper.Validate(Interview()));
        Assert.Equal("interview without id", InterviewMapper.Validate(Interview() with { Id = null }));
        Assert.Equal("interview int-1: timeslot 1 without id", InterviewMapper.Validate(Interview() with { Timeslots = [new TimeslotDto { Id = "a" }, new TimeslotDto()] }));
        Assert.Equal("interview int-1: timeslot id a listed twice", InterviewMapper.Validate(Interview() with { Timeslots = [new TimeslotDto { Id = "a" }, new TimeslotDto { Id = "a" }] }));
        Assert.Throws<ArgumentException>(() => InterviewMapper.Map(Ctx, Interview() with { Id = "" }, "app-1"));
        Assert.Empty(InterviewMapper.Map(Ctx, Interview() with { Timeslots = null }, "app-1"));
    }
}
