namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateDeletionTests
{
    [Fact]
    public async Task a_deleted_candidate_is_not_found_and_absent_from_lists()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        var countBefore = (await ControlCalls.ListAllCandidatesAsync(sim)).Count;

        using var delete = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/candidates/{candidateId}");
        using var details = await sim.Http.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);
        using var application = await sim.Http.GetAsync($"/candidates/{candidateId}/jobs/{jobId}", TestContext.Current.CancellationToken);
        var all = await ControlCalls.ListAllCandidatesAsync(sim);
        var onJob = await ControlCalls.ListAllCandidatesAsync(sim, $"jobId={jobId}");
        var firstPage = await sim.GetJsonAsync("/candidates?limit=100");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, application.StatusCode);
        Assert.DoesNotContain(all, c => c["id"]!.GetValue<string>() == candidateId);
        Assert.DoesNotContain(onJob, c => c["id"]!.GetValue<string>() == candidateId);
        Assert.Equal(countBefore - 1, all.Count);
        Assert.Equal(countBefore - 1, firstPage["totalFound"]!.GetValue<int>());
        Assert.Equal(candidateId, Assert.Single(await ControlCalls.AuditEventsAsync(sim, "CANDIDATE_DELETED"))!["entityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task deleting_a_candidate_twice_is_not_found_the_second_time()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, _) = await sim.FirstCandidateAsync();

        using var first = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/candidates/{candidateId}");
        using var second = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/candidates/{candidateId}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task a_deleted_candidate_that_had_been_changed_stays_deleted()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        await ControlCalls.RejectAsync(sim, candidateId, jobId);

        using var delete = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/candidates/{candidateId}");
        using var patch = await sim.ControlAsync(HttpMethod.Patch, $"{ControlCalls.Account(sim)}/candidates/{candidateId}", new { firstName = "Back" });
        using var details = await sim.Http.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
    }
}
