namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class PersonalDataUpdateTests
{
    [Fact]
    public async Task patching_personal_data_shows_the_new_data_and_moves_updated_on()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, _) = await sim.FirstCandidateAsync();
        var original = await sim.GetJsonAsync($"/candidates/{candidateId}");
        sim.Time!.Advance(TimeSpan.FromMinutes(3));
        var before = sim.Time.GetUtcNow().AddSeconds(-1);

        using var patch = await sim.ControlAsync(HttpMethod.Patch, $"{ControlCalls.Account(sim)}/candidates/{candidateId}",
            new { firstName = "Grace", phoneNumber = "+48 600 123 456" });
        var updated = await sim.GetJsonAsync($"/candidates/{candidateId}");
        var changed = await ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(before)}");

        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Equal("Grace", updated["firstName"]!.GetValue<string>());
        Assert.Equal("+48 600 123 456", updated["phoneNumber"]!.GetValue<string>());
        Assert.Equal(original["lastName"]!.GetValue<string>(), updated["lastName"]!.GetValue<string>());
        Assert.Equal(sim.Time.GetUtcNow(), updated["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.True(updated["updatedOn"]!.GetValue<DateTimeOffset>() > original["updatedOn"]!.GetValue<DateTimeOffset>());
        var listed = Assert.Single(changed);
        Assert.Equal(candidateId, listed["id"]!.GetValue<string>());
        Assert.Equal("Grace", listed["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task patching_an_unknown_candidate_is_not_found()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var patch = await sim.ControlAsync(HttpMethod.Patch, $"{ControlCalls.Account(sim)}/candidates/no-such-candidate", new { firstName = "Grace" });

        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal("CANDIDATE_NOT_FOUND", await ControlCalls.ErrorCodeAsync(patch));
    }
}
