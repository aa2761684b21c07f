namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Infrastructure;
using SmartRecruiters.Simulator.Tests.Webhooks;

public sealed class RequestLogTests
{
    [Fact]
    public async Task recent_requests_are_listed_newest_first_with_endpoint_template_status_and_credential()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, _) = await sim.FirstCandidateAsync();
        using var reset = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/traffic");
        var limitedKey = await sim.CreateApiKeyAsync(["candidates_read"]);
        using var limited = sim.ClientWithKey(limitedKey);

        using var found = await sim.Http.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);
        using var missing = await sim.Http.GetAsync("/candidates/no-such-candidate", TestContext.Current.CancellationToken);
        using var other = await limited.GetAsync($"/candidates/{candidateId}/tags", TestContext.Current.CancellationToken);
        var log = await RequestsAsync(sim, 3);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(3, log.Count);
        AssertEntry(log[0], "GET", $"/candidates/{candidateId}/tags", "GET /candidates/{id}/tags", 200, null);
        AssertEntry(log[1], "GET", "/candidates/no-such-candidate", "GET /candidates/{id}", 404, $"{sim.AccountId}-key");
        AssertEntry(log[2], "GET", $"/candidates/{candidateId}", "GET /candidates/{id}", 200, $"{sim.AccountId}-key");
        Assert.NotEqual($"{sim.AccountId}-key", log[0]!["credentialId"]!.GetValue<string>());
        Assert.StartsWith($"{sim.AccountId}-", log[0]!["credentialId"]!.GetValue<string>());
        Assert.All(log, e => Assert.Equal("served", e!["outcome"]!.GetValue<string>()));
        Assert.All(log, e => Assert.Equal(sim.Time!.GetUtcNow(), e!["at"]!.GetValue<DateTimeOffset>()));
    }

    [Fact]
    public async Task the_request_log_honours_limit_and_leaves_out_control_calls()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await sim.GetJsonAsync("/jobs?limit=1");
        await sim.GetJsonAsync("/user-api/v201804/users?limit=1");
        await sim.GetJsonAsync("/configuration/departments");
        await RequestsAsync(sim, 3);
        using var control = await sim.ControlAsync(HttpMethod.Get, $"{ControlCalls.Account(sim)}/traffic");

        var two = (await sim.GetJsonAsync($"{ControlCalls.Account(sim)}/requests?limit=2", sim.Anonymous)).AsArray();
        var all = (await sim.GetJsonAsync($"{ControlCalls.Account(sim)}/requests", sim.Anonymous)).AsArray();

        Assert.Equal(["/configuration/departments", "/user-api/v201804/users?limit=1"], two.Select(e => e!["path"]!.GetValue<string>()));
        Assert.Equal(3, all.Count);
        Assert.DoesNotContain(all, e => e!["path"]!.GetValue<string>().StartsWith("/_sim", StringComparison.Ordinal));
    }

    /// <summary>The log once it holds <paramref name="count"/> entries (an entry is written as its request ends).</summary>
    internal static Task<JsonArray> RequestsAsync(Simulator sim, int count) => Eventually.UntilAsync(
        async () => (await sim.GetJsonAsync($"{ControlCalls.Account(sim)}/requests", sim.Anonymous)).AsArray(),
        log => log.Count >= count,
        $"request log holds {count} entries");

    private static void AssertEntry(JsonNode? entry, string method, string path, string endpoint, int status, string? credentialId)
    {
        Assert.Equal(method, entry!["method"]!.GetValue<string>());
        Assert.Equal(path, entry["path"]!.GetValue<string>());
        Assert.Equal(endpoint, entry["endpoint"]!.GetValue<string>());
        Assert.Equal(status, entry["status"]!.GetValue<int>());
        if (credentialId is not null)
        {
            Assert.Equal(credentialId, entry["credentialId"]!.GetValue<string>());
        }
    }
}
