namespace SmartRecruiters.Simulator.Tests.RateLimits;

using System.Net;
using SmartRecruiters.Simulator.Tests.Auth;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// A token bucket of 10 requests/s per credential and endpoint (2/s on the slow ones). The simulator's
/// clock is fake and frozen, so a bucket refills only when a test advances it.
/// </summary>
public sealed class EndpointRateLimitTests : IAsyncLifetime
{
    private Simulator _sim = null!;

    public async ValueTask InitializeAsync() => _sim = await Simulator.StartAsync();

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Ten_calls_succeed_counting_remaining_down_from_9_to_0()
    {
        for (var expected = 9; expected >= 0; expected--)
        {
            using var response = await GetAsync(_sim.Http, "/jobs");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(10, RateLimitHeaders.Limit(response));
            Assert.Equal(expected, RateLimitHeaders.Remaining(response));
            Assert.Equal(8, RateLimitHeaders.ConcurrentLimit(response));
        }
    }

    [Fact]
    public async Task Eleventh_call_within_the_second_is_429_TOO_MANY_REQUESTS_with_the_headers()
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);

        using var response = await GetAsync(_sim.Http, "/jobs");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("TOO_MANY_REQUESTS", await ErrorBody.CodeAsync(response));
        Assert.Equal(10, RateLimitHeaders.Limit(response));
        Assert.Equal(0, RateLimitHeaders.Remaining(response));
        Assert.Equal(8, RateLimitHeaders.ConcurrentLimit(response));
        Assert.True(RateLimitHeaders.ConcurrentRemaining(response) >= 0);
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Advancing_the_clock_100_ms_gives_exactly_one_more_call()
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);

        _sim.Time!.Advance(TimeSpan.FromMilliseconds(100));
        using var refilled = await GetAsync(_sim.Http, "/jobs");
        using var refused = await GetAsync(_sim.Http, "/jobs");

        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        Assert.Equal(0, RateLimitHeaders.Remaining(refilled));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(50)]
    [InlineData(92)]
    public async Task Two_clock_steps_adding_up_to_100_ms_give_exactly_one_more_call(int firstStepMilliseconds)
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);

        _sim.Time!.Advance(TimeSpan.FromMilliseconds(firstStepMilliseconds));
        using var early = await GetAsync(_sim.Http, "/jobs");
        _sim.Time.Advance(TimeSpan.FromMilliseconds(100 - firstStepMilliseconds));
        using var onTime = await GetAsync(_sim.Http, "/jobs");
        using var refused = await GetAsync(_sim.Http, "/jobs");

        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
        Assert.Equal(0, RateLimitHeaders.Remaining(onTime));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Refill_never_exceeds_the_limit()
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);

        _sim.Time!.Advance(TimeSpan.FromSeconds(5));
        await ExhaustAsync(_sim.Http, "/jobs", 10);
        using var refused = await GetAsync(_sim.Http, "/jobs");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Exhausting_one_endpoint_leaves_another_untouched()
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);
        using var jobs = await GetAsync(_sim.Http, "/jobs");

        using var departments = await GetAsync(_sim.Http, "/configuration/departments");

        Assert.Equal(HttpStatusCode.TooManyRequests, jobs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, departments.StatusCode);
        Assert.Equal(9, RateLimitHeaders.Remaining(departments));
    }

    [Fact]
    public async Task Different_ids_on_one_route_template_share_one_budget()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();
        var otherJobId = (await _sim.GetJsonAsync("/jobs?limit=2"))["content"]!.AsArray()
            .Select(j => j!["id"]!.GetValue<string>()).First(id => id != jobId);
        await ExhaustAsync(_sim.Http, $"/jobs/{jobId}", 10);

        using var response = await GetAsync(_sim.Http, $"/jobs/{otherJobId}");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Another_key_of_the_same_account_has_its_own_budget()
    {
        await ExhaustAsync(_sim.Http, "/jobs", 10);
        using var exhausted = await GetAsync(_sim.Http, "/jobs");
        using var other = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["jobs_read"]));

        using var response = await GetAsync(other, "/jobs");

        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, RateLimitHeaders.Remaining(response));
    }

    [Fact]
    public async Task Slow_publication_endpoint_allows_two_calls_then_429_with_limit_2()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();

        using var first = await _sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);
        using var second = await _sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);
        using var third = await _sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(2, RateLimitHeaders.Limit(first));
        Assert.Equal(1, RateLimitHeaders.Remaining(first));
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(0, RateLimitHeaders.Remaining(second));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("TOO_MANY_REQUESTS", await ErrorBody.CodeAsync(third));
        Assert.Equal(2, RateLimitHeaders.Limit(third));
        Assert.Equal(0, RateLimitHeaders.Remaining(third));
    }

    [Fact]
    public async Task Slow_endpoint_refills_one_call_per_half_second()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();
        for (var i = 0; i < 2; i++)
        {
            using var response = await _sim.Http.DeleteAsync($"/jobs/{jobId}/publication", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        _sim.Time!.Advance(TimeSpan.FromMilliseconds(499));
        using var early = await _sim.Http.DeleteAsync($"/jobs/{jobId}/publication", TestContext.Current.CancellationToken);
        _sim.Time.Advance(TimeSpan.FromMilliseconds(1));
        using var onTime = await _sim.Http.DeleteAsync($"/jobs/{jobId}/publication", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, onTime.StatusCode);
    }

    [Fact]
    public async Task Slow_endpoint_budget_is_separate_from_the_publication_read()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();
        for (var i = 0; i < 3; i++)
        {
            using var _ = await _sim.Http.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);
        }

        using var read = await GetAsync(_sim.Http, $"/jobs/{jobId}/publication");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(10, RateLimitHeaders.Limit(read));
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) => client.GetAsync(path, TestContext.Current.CancellationToken);

    private static async Task ExhaustAsync(HttpClient client, string path, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            using var response = await GetAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
