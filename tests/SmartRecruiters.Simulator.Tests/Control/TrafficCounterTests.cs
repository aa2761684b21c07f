namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Infrastructure;
using SmartRecruiters.Simulator.Tests.Webhooks;

public sealed class TrafficCounterTests
{
    [Fact]
    public async Task traffic_counts_requests_per_endpoint_by_outcome_and_delete_resets_counters_and_log()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, _) = await sim.FirstCandidateAsync();
        using var found = await sim.Http.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);
        using var missing = await sim.Http.GetAsync("/candidates/no-such-candidate", TestContext.Current.CancellationToken);

        var traffic = await Eventually.UntilAsync(
            () => TrafficAsync(sim),
            t => t["endpoints"]?["GET /candidates/{id}"]?["requests"]?.GetValue<long>() == 2,
            "two requests to GET /candidates/{id} are counted");
        using var reset = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/traffic");
        var afterReset = await TrafficAsync(sim);
        var log = (await sim.GetJsonAsync($"{ControlCalls.Account(sim)}/requests", sim.Anonymous)).AsArray();

        var details = traffic["endpoints"]!["GET /candidates/{id}"]!;
        Assert.Equal(1, details["served"]!.GetValue<long>());
        Assert.Equal(1, details["clientErrors"]!.GetValue<long>());
        Assert.Equal(0, details["rateLimited"]!.GetValue<long>());
        // The list endpoint's key is its route template; tolerate the trailing slash a group root's template carries.
        var list = Assert.Single(traffic["endpoints"]!.AsObject(), e => e.Key.TrimEnd('/') == "GET /candidates").Value!;
        Assert.Equal(1, list["requests"]!.GetValue<long>());
        Assert.Equal(3, traffic["requests"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, afterReset["requests"]!.GetValue<long>());
        Assert.Empty(afterReset["endpoints"]!.AsObject());
        Assert.Empty(log);
    }

    [Fact]
    public async Task requests_after_a_reset_are_counted_from_zero()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await sim.GetJsonAsync("/jobs?limit=1");
        await Eventually.UntilAsync(() => TrafficAsync(sim), t => t["requests"]!.GetValue<long>() == 1, "the first request is counted");
        using var reset = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/traffic");

        await sim.GetJsonAsync("/configuration/departments");
        var traffic = await Eventually.UntilAsync(() => TrafficAsync(sim), t => t["requests"]!.GetValue<long>() >= 1, "the request after the reset is counted");

        Assert.Equal(1, traffic["requests"]!.GetValue<long>());
        Assert.Equal(["GET /configuration/departments"], traffic["endpoints"]!.AsObject().Select(e => e.Key));
    }

    private static async Task<JsonNode> TrafficAsync(Simulator sim) =>
        await sim.GetJsonAsync($"{ControlCalls.Account(sim)}/traffic", sim.Anonymous);
}
