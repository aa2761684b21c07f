namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using System.Net;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using global::SmartRecruiters.Simulator.Options;

public sealed class ResilienceTests
{
    [Theory]
    [InlineData("server errors")]
    [InlineData("429 storm")]
    [InlineData("malformed json")]
    [InlineData("connection resets")]
    public async Task A_walk_through_injected_faults_still_returns_every_candidate(string fault)
    {
        // About 30 pages at a 35% fault rate: a fault is all but certain, and 16 attempts per page
        // make a walk that cannot finish all but impossible.
        const double rate = 0.35;
        await using var account = await SimulatedAccount.StartAsync(o =>
        {
            o.Candidates = 150;
            switch (fault)
            {
                case "server errors": o.Faults.ServerErrorRate = rate; break;
                case "429 storm": o.Faults.TooManyRequestsRate = rate; break;
                case "malformed json": o.Faults.MalformedJsonRate = rate; break;
                default: o.Faults.ConnectionResetRate = rate; break;
            }
        });
        var expected = await ListedCountWithoutFaultsAsync(account);
        var http = account.Http(account.ApiKeyConnection(c => c with { MaxRetries = 15 }));

        var (ids, skipped) = await CandidateWalk.RunAsync(http, limit: 5);

        Assert.Equal(expected, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(skipped);
        var pages = (expected + 4) / 5;
        Assert.True(http.RequestsSent > pages, $"{http.RequestsSent} requests for {pages} pages: no fault was retried");
        Assert.Equal(0, account.Traffic.RateLimited);
    }

    [Fact]
    public async Task A_hanging_attempt_times_out_and_is_retried()
    {
        await using var account = await SimulatedAccount.StartAsync(o =>
        {
            o.Faults.TimeoutRate = 0.2;
            o.Faults.TimeoutDuration = TimeSpan.FromMinutes(5);
        });
        var expected = await ListedCountWithoutFaultsAsync(account);

        var (ids, _) = await CandidateWalk.RunAsync(account.Http(account.ApiKeyConnection(c => c with { AttemptTimeout = TimeSpan.FromMilliseconds(700) })));

        Assert.Equal(expected, ids.Count);
    }

    [Fact]
    public async Task A_corrupt_record_is_skipped_and_reported_and_the_walk_goes_on()
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.Faults.CorruptRecordRate = 1.0);

        var (ids, skipped) = await CandidateWalk.RunAsync(account.Http(account.ApiKeyConnection()));

        Assert.NotEmpty(skipped);
        Assert.All(skipped, s => Assert.Equal("GET /candidates", s.Endpoint));
        Assert.True(ids.Count > 0);
        Assert.All(skipped, s => Assert.False(string.IsNullOrEmpty(s.Reason)));
    }

    [Fact]
    public async Task A_refusal_other_than_429_is_not_retried()
    {
        await using var account = await SimulatedAccount.StartAsync();
        var http = account.Http(account.ApiKeyConnection());

        var error = await Assert.ThrowsAsync<SmartRecruitersException>(() =>
            http.GetJsonAsync("GET /candidates/{id}", $"/candidates/{Guid.NewGuid()}", RateClass.Normal, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal("CANDIDATE_NOT_FOUND", error.Code);
        Assert.Equal(1, http.RequestsSent);
    }

    [Theory]
    [InlineData(LastPageMarker.Empty)]
    [InlineData(LastPageMarker.Null)]
    [InlineData(LastPageMarker.Omitted)]
    public async Task Every_last_page_style_ends_the_walk(LastPageMarker marker)
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.Behaviour.LastPageMarker = marker);
        var expected = await ListedCountWithoutFaultsAsync(account);

        var (ids, _) = await CandidateWalk.RunAsync(account.Http(account.ApiKeyConnection()), limit: 25);

        Assert.Equal(expected, ids.Count);
    }

    private static async Task<int> ListedCountWithoutFaultsAsync(SimulatedAccount account)
    {
        var faults = account.Simulator.Options.Faults;
        account.Simulator.Options.Faults = new FaultOptions();
        try
        {
            return await CandidateWalk.ListedCountAsync(account.Simulator);
        }
        finally
        {
            account.Simulator.Options.Faults = faults;
        }
    }
}
