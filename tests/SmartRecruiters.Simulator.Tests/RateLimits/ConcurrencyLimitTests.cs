namespace SmartRecruiters.Simulator.Tests.RateLimits;

using System.Net;
using SmartRecruiters.Simulator.Tests.Auth;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// At most 8 requests in flight per credential, and one <c>GET /candidates</c>. Real latency keeps
/// the requests in flight together; the clock stays fake, so no rate bucket refills mid-test, and
/// each test stays within 10 calls per endpoint and key so only the concurrency limit can refuse.
/// </summary>
public sealed class ConcurrencyLimitTests : IAsyncLifetime
{
    private const int LatencyMilliseconds = 1000;

    private Simulator _sim = null!;

    public async ValueTask InitializeAsync()
    {
        _sim = await Simulator.StartAsync(o => o.Latency.FixedMilliseconds = LatencyMilliseconds);

        // Warm the server's pipeline up so the concurrent requests below arrive together.
        using var warmUp = await _sim.Http.GetAsync("/configuration/hiring-processes", TestContext.Current.CancellationToken);
        warmUp.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Nine_concurrent_requests_give_eight_OK_and_one_429()
    {
        var responses = await ConcurrentlyAsync(Enumerable.Repeat((_sim.Http, "/configuration/departments"), 9));
        try
        {
            Assert.Equal(8, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.Equal("TOO_MANY_REQUESTS", await ErrorBody.CodeAsync(refused));
            Assert.Equal(8, RateLimitHeaders.ConcurrentLimit(refused));
            Assert.Equal(0, RateLimitHeaders.ConcurrentRemaining(refused));
            Assert.Equal(10, RateLimitHeaders.Limit(refused));
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task Concurrency_limit_counts_requests_to_every_endpoint()
    {
        var calls = Enumerable.Repeat((_sim.Http, "/configuration/departments"), 5)
            .Concat(Enumerable.Repeat((_sim.Http, "/jobs"), 4));

        var responses = await ConcurrentlyAsync(calls);
        try
        {
            Assert.Equal(8, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task Eight_concurrent_requests_all_succeed()
    {
        var responses = await ConcurrentlyAsync(Enumerable.Repeat((_sim.Http, "/configuration/departments"), 8));
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task Two_concurrent_candidate_searches_give_exactly_one_429()
    {
        var responses = await ConcurrentlyAsync(Enumerable.Repeat((_sim.Http, "/candidates"), 2));
        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.Equal("TOO_MANY_REQUESTS", await ErrorBody.CodeAsync(refused));
            Assert.Equal(1, RateLimitHeaders.ConcurrentLimit(refused));
            Assert.Equal(0, RateLimitHeaders.ConcurrentRemaining(refused));
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task Candidate_search_in_flight_does_not_block_other_candidate_endpoints()
    {
        var (candidateId, _) = await _sim.FirstCandidateAsync();

        var responses = await ConcurrentlyAsync([(_sim.Http, "/candidates"), (_sim.Http, $"/candidates/{candidateId}"), (_sim.Http, $"/candidates/{candidateId}/tags")]);
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task A_second_key_is_not_blocked_by_the_first_keys_requests_in_flight()
    {
        using var second = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["configuration_read", "candidates_read"]));
        var calls = Enumerable.Repeat((_sim.Http, "/configuration/departments"), 7).Append((_sim.Http, "/candidates"))
            .Concat(Enumerable.Repeat((second, "/configuration/departments"), 7)).Append((second, "/candidates"));

        var responses = await ConcurrentlyAsync(calls);
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
        finally
        {
            Dispose(responses);
        }
    }

    [Fact]
    public async Task Requests_in_flight_are_released_when_they_complete()
    {
        var first = await ConcurrentlyAsync(Enumerable.Repeat((_sim.Http, "/configuration/departments"), 8));
        Dispose(first);

        var second = await ConcurrentlyAsync(Enumerable.Repeat((_sim.Http, "/configuration/rejection-reasons"), 8));
        try
        {
            Assert.All(second, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
        finally
        {
            Dispose(second);
        }
    }

    private static async Task<HttpResponseMessage[]> ConcurrentlyAsync(IEnumerable<(HttpClient Client, string Path)> calls) =>
        await Task.WhenAll(calls.Select(c => c.Client.GetAsync(c.Path, TestContext.Current.CancellationToken)));

    private static void Dispose(IEnumerable<HttpResponseMessage> responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
