namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class InterviewControlTests
{
    [Fact]
    public async Task an_added_interview_with_two_timeslots_is_listed_for_its_application_until_removed()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var path = $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/interviews";

        using var added = await sim.ControlAsync(HttpMethod.Post, path, new { timeslots = 2, title = "Technical round" });
        var created = await Simulator.JsonAsync(added);
        var interviewId = created["id"]!.GetValue<string>();
        var listed = (await sim.GetJsonAsync($"/interviews-api/v201904/interviews?applicationId={applicationId}"))["content"]!.AsArray();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var interview = Assert.Single(listed)!;
        Assert.Equal(interviewId, interview["id"]!.GetValue<string>());
        Assert.Equal(jobId, interview["jobId"]!.GetValue<string>());
        Assert.Equal(candidateId, interview["candidate"]!["id"]!.GetValue<string>());
        var timeslots = interview["timeslots"]!.AsArray();
        Assert.Equal(2, timeslots.Count);
        Assert.Equal(created["timeslots"]!.AsArray().Select(t => t!.GetValue<string>()), timeslots.Select(t => t!["id"]!.GetValue<string>()));
        Assert.All(timeslots, t => Assert.Equal("Technical round", t!["title"]!.GetValue<string>()));

        using var removed = await sim.ControlAsync(HttpMethod.Delete, $"{path}/{interviewId}");
        var afterRemoval = (await sim.GetJsonAsync($"/interviews-api/v201904/interviews?applicationId={applicationId}"))["content"]!.AsArray();

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(afterRemoval);
    }

    [Fact]
    public async Task an_added_interview_is_scheduled_days_after_the_simulators_clock_and_created_at_it()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var now = sim.Time!.GetUtcNow();

        using var added = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/interviews", new { timeslots = 1 });
        var interview = (await sim.GetJsonAsync($"/interviews-api/v201904/interviews?applicationId={applicationId}"))["content"]![0]!;
        var startsOn = interview["timeslots"]![0]!["startsOn"]!.GetValue<DateTimeOffset>();

        Assert.Equal(now, interview["createdOn"]!.GetValue<DateTimeOffset>());
        Assert.InRange(startsOn, now.AddHours(1), now.AddDays(30));
    }

    [Fact]
    public async Task removing_an_unknown_interview_is_not_found()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        using var removed = await sim.ControlAsync(HttpMethod.Delete,
            $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/interviews/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal("INTERVIEW_NOT_FOUND", await ControlCalls.ErrorCodeAsync(removed));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task a_timeslot_count_outside_one_to_fifty_is_refused(int timeslots)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        using var added = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/interviews", new { timeslots });

        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
    }
}
