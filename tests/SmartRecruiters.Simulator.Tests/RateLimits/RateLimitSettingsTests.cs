namespace SmartRecruiters.Simulator.Tests.RateLimits;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>The rate-limit switches: off, scaled, and Retry-After on 429, at start-up and through <c>PUT /_sim/settings</c>.</summary>
public sealed class RateLimitSettingsTests
{
    [Fact]
    public async Task With_rate_limits_disabled_30_quick_calls_all_succeed()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        for (var i = 0; i < 30; i++)
        {
            using var response = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Disabling_rate_limits_through_settings_lifts_an_exhausted_limit()
    {
        await using var sim = await Simulator.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var _ = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        using var before = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        using var patched = await sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { rateLimits = new { enabled = false } });
        using var after = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Scale_one_half_halves_the_limits()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Scale = 0.5);

        for (var expected = 4; expected >= 0; expected--)
        {
            using var response = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(5, RateLimitHeaders.Limit(response));
            Assert.Equal(expected, RateLimitHeaders.Remaining(response));
            Assert.Equal(4, RateLimitHeaders.ConcurrentLimit(response));
        }

        using var refused = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(5, RateLimitHeaders.Limit(refused));
    }

    [Fact]
    public async Task Scale_one_half_leaves_the_slow_endpoint_one_call_per_second()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Scale = 0.5);
        var (_, jobId) = await sim.FirstCandidateAsync();

        using var first = await sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);
        using var second = await sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(1, RateLimitHeaders.Limit(first));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Retry_after_is_absent_from_429_by_default()
    {
        await using var sim = await Simulator.StartAsync();

        using var refused = await ExhaustThenCallAsync(sim);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Retry_after_is_present_on_429_when_switched_on()
    {
        await using var sim = await Simulator.StartAsync(o => o.Behaviour.RetryAfterOn429 = true);

        using var refused = await ExhaustThenCallAsync(sim);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Retry_after_is_never_on_successful_responses()
    {
        await using var sim = await Simulator.StartAsync(o => o.Behaviour.RetryAfterOn429 = true);

        using var response = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Retry_after_can_be_switched_on_through_settings()
    {
        await using var sim = await Simulator.StartAsync();
        using var patched = await sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { behaviour = new { retryAfterOn429 = true } });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var refused = await ExhaustThenCallAsync(sim);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    private static async Task<HttpResponseMessage> ExhaustThenCallAsync(Simulator sim)
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
    }
}
