namespace SmartRecruiters.Simulator.Tests.RateLimits;

using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Auth;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// <c>GET /_sim/accounts/{account}/traffic</c> tells a 429 the caller caused (rateLimited) from one
/// the simulator injected (injected), so a client's pacing can be judged on its own 429s.
/// </summary>
public sealed class RateLimitCounterTests : IAsyncLifetime
{
    private Simulator _sim = null!;

    public async ValueTask InitializeAsync() => _sim = await Simulator.StartAsync();

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Self_caused_429_is_counted_as_rate_limited()
    {
        for (var i = 0; i < 11; i++)
        {
            using var _ = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        var traffic = await TrafficAsync();

        var jobs = Endpoint(traffic, "GET /jobs");
        Assert.Equal(11, jobs["requests"]!.GetValue<long>());
        Assert.Equal(10, jobs["served"]!.GetValue<long>());
        Assert.Equal(1, jobs["rateLimited"]!.GetValue<long>());
        Assert.Equal(0, jobs["injected"]!.GetValue<long>());
        Assert.Equal(1, traffic["rateLimited"]!.GetValue<long>());
        Assert.Equal(0, traffic["injected"]!.GetValue<long>());
    }

    [Fact]
    public async Task Injected_429_is_counted_as_injected_not_rate_limited()
    {
        using var patched = await _sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { faults = new { tooManyRequestsRate = 1.0 } });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var response = await _sim.Http.GetAsync("/configuration/departments", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("TOO_MANY_REQUESTS", await ErrorBody.CodeAsync(response));
        var traffic = await TrafficAsync();
        var departments = Endpoint(traffic, "GET /configuration/departments");
        Assert.Equal(1, departments["requests"]!.GetValue<long>());
        Assert.Equal(1, departments["injected"]!.GetValue<long>());
        Assert.Equal(0, departments["rateLimited"]!.GetValue<long>());
        Assert.Equal(0, traffic["rateLimited"]!.GetValue<long>());
        Assert.Equal(1, traffic["injected"]!.GetValue<long>());
    }

    [Fact]
    public async Task Self_caused_and_injected_429s_are_counted_apart()
    {
        for (var i = 0; i < 12; i++)
        {
            using var _ = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        using var patched = await _sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { faults = new { tooManyRequestsRate = 1.0 } });
        for (var i = 0; i < 3; i++)
        {
            using var response = await _sim.Http.GetAsync("/configuration/departments", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        var traffic = await TrafficAsync();

        Assert.Equal(15, traffic["requests"]!.GetValue<long>());
        Assert.Equal(2, traffic["rateLimited"]!.GetValue<long>());
        Assert.Equal(3, traffic["injected"]!.GetValue<long>());
    }

    [Fact]
    public async Task Concurrency_429_is_counted_as_rate_limited()
    {
        using var patched = await _sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { latency = new { fixedMilliseconds = 1000 } });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _sim.Http.GetAsync("/candidates", TestContext.Current.CancellationToken)));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var candidates = Endpoint(await TrafficAsync(), "GET /candidates");
        Assert.Equal(2, candidates["requests"]!.GetValue<long>());
        Assert.Equal(1, candidates["served"]!.GetValue<long>());
        Assert.Equal(1, candidates["rateLimited"]!.GetValue<long>());
    }

    [Fact]
    public async Task Resetting_the_traffic_clears_the_counters()
    {
        for (var i = 0; i < 11; i++)
        {
            using var _ = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        using var reset = await _sim.ControlAsync(HttpMethod.Delete, $"/_sim/accounts/{_sim.AccountId}/traffic");
        var traffic = await TrafficAsync();

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, traffic["requests"]!.GetValue<long>());
        Assert.Equal(0, traffic["rateLimited"]!.GetValue<long>());
    }

    /// <summary>One endpoint's counters; keys are route templates, matched here without a trailing slash.</summary>
    internal static JsonNode Endpoint(JsonNode traffic, string endpoint)
    {
        var matches = traffic["endpoints"]!.AsObject().Where(e => e.Key.TrimEnd('/') == endpoint).ToList();
        Assert.True(matches.Count == 1, $"Expected one '{endpoint}' in {traffic["endpoints"]!.ToJsonString()}");
        return matches[0].Value!;
    }

    private async Task<JsonNode> TrafficAsync()
    {
        using var response = await _sim.ControlAsync(HttpMethod.Get, $"/_sim/accounts/{_sim.AccountId}/traffic");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Simulator.JsonAsync(response);
    }
}
