namespace SmartRecruiters.Simulator.Tests.Accounts;

using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Auth;
using SmartRecruiters.Simulator.Tests.RateLimits;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Each simulated company has its own data, credentials, rate budget and traffic counters.</summary>
public sealed class AccountIsolationTests : IAsyncLifetime
{
    private Simulator _sim = null!;
    private HttpClient _second = null!;
    private string _secondAccount = null!;

    public async ValueTask InitializeAsync()
    {
        _sim = await Simulator.StartAsync(o => o.Accounts = 2);
        using var response = await _sim.ControlAsync(HttpMethod.Get, "/_sim/accounts");
        var accounts = (await Simulator.JsonAsync(response)).AsArray();
        Assert.Equal(2, accounts.Count);
        var second = accounts[1]!;
        _secondAccount = second["identifier"]!.GetValue<string>();
        var apiKey = second["credentials"]!.AsArray().Select(c => c!["apiKey"]?.GetValue<string>()).First(k => k is not null)!;
        _second = _sim.ClientWithKey(apiKey);
    }

    public async ValueTask DisposeAsync()
    {
        _second.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task Accounts_have_distinct_identifiers_and_keys()
    {
        using var response = await _sim.ControlAsync(HttpMethod.Get, "/_sim/accounts");
        var accounts = (await Simulator.JsonAsync(response)).AsArray();

        Assert.NotEqual(_sim.AccountId, _secondAccount);
        var keys = accounts.SelectMany(a => a!["credentials"]!.AsArray()).Select(c => c!["apiKey"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public async Task Second_account_gets_404_CANDIDATE_NOT_FOUND_for_the_first_accounts_candidate()
    {
        var (candidateId, _) = await _sim.FirstCandidateAsync();

        using var response = await _second.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("CANDIDATE_NOT_FOUND", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Second_account_gets_404_for_the_first_accounts_job()
    {
        var (_, jobId) = await _sim.FirstCandidateAsync();

        using var response = await _second.GetAsync($"/jobs/{jobId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("JOB_NOT_FOUND", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Accounts_list_different_candidates()
    {
        var first = await CandidateIdsAsync(_sim.Http);
        var second = await CandidateIdsAsync(_second);

        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Second_account_reads_its_own_candidate()
    {
        var candidateId = (await CandidateIdsAsync(_second))[0];

        using var own = await _second.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);
        using var foreign = await _sim.Http.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Each_account_has_its_own_rate_budget()
    {
        for (var i = 0; i < 10; i++)
        {
            using var _ = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        using var exhausted = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        using var other = await _second.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(9, RateLimitHeaders.Remaining(other));
    }

    [Fact]
    public async Task Each_account_has_its_own_traffic_counters()
    {
        for (var i = 0; i < 11; i++)
        {
            using var _ = await _sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);
        }

        for (var i = 0; i < 3; i++)
        {
            using var _ = await _second.GetAsync("/configuration/departments", TestContext.Current.CancellationToken);
        }

        var first = await TrafficAsync(_sim.AccountId);
        var second = await TrafficAsync(_secondAccount);

        Assert.Equal(11, first["requests"]!.GetValue<long>());
        Assert.Equal(1, first["rateLimited"]!.GetValue<long>());
        Assert.Equal(["GET /jobs"], first["endpoints"]!.AsObject().Select(e => e.Key.TrimEnd('/')));
        Assert.Equal(3, second["requests"]!.GetValue<long>());
        Assert.Equal(0, second["rateLimited"]!.GetValue<long>());
        Assert.Equal(["GET /configuration/departments"], second["endpoints"]!.AsObject().Select(e => e.Key.TrimEnd('/')));
    }

    [Fact]
    public async Task Credential_created_for_the_second_account_reaches_only_its_data()
    {
        var firstAccountCandidate = (await CandidateIdsAsync(_sim.Http))[0];
        var secondAccountCandidate = (await CandidateIdsAsync(_second))[0];
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["candidates_read"], account: _secondAccount));

        using var own = await client.GetAsync($"/candidates/{secondAccountCandidate}", TestContext.Current.CancellationToken);
        using var foreign = await client.GetAsync($"/candidates/{firstAccountCandidate}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<List<string>> CandidateIdsAsync(HttpClient client)
    {
        var page = await _sim.GetJsonAsync("/candidates?limit=20", client);
        return page["content"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
    }

    private async Task<JsonNode> TrafficAsync(string account)
    {
        using var response = await _sim.ControlAsync(HttpMethod.Get, $"/_sim/accounts/{account}/traffic");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Simulator.JsonAsync(response);
    }
}
