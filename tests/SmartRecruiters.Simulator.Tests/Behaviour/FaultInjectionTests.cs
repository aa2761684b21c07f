namespace SmartRecruiters.Simulator.Tests.Behaviour;

using System.Net;
using System.Text.Json;
using SmartRecruiters.Simulator.Options;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Server_errors_are_5xx_with_an_error_body()
    {
        await using var sim = await Simulator.StartAsync(o => o.Faults.ServerErrorRate = 1.0);

        using var response = await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.InRange((int)response.StatusCode, 500, 504);
        Assert.Equal("INTERNAL_ERROR", (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_a_200_whose_body_does_not_parse()
    {
        await using var sim = await Simulator.StartAsync(o => o.Faults.MalformedJsonRate = 1.0);

        using var response = await sim.Http.GetAsync("/candidates", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task A_connection_reset_fails_the_request_without_a_response()
    {
        await using var sim = await Simulator.StartAsync(o => o.Faults.ConnectionResetRate = 1.0);

        await Assert.ThrowsAsync<HttpRequestException>(() => sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_timeout_holds_the_request_until_the_client_gives_up()
    {
        await using var sim = await Simulator.StartAsync(o =>
        {
            o.Faults.TimeoutRate = 1.0;
            o.Faults.TimeoutDuration = TimeSpan.FromMinutes(5);
        });
        using var impatient = sim.ClientWithKey(sim.Host.ApiKey);
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync("/jobs", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_corrupt_record_breaks_exactly_one_entry_of_a_page()
    {
        await using var sim = await Simulator.StartAsync(o => o.Faults.CorruptRecordRate = 1.0);

        var page = await sim.GetJsonAsync("/candidates?limit=20");
        var broken = page["content"]!.AsArray().Where(c =>
            c!["id"] is null
            || c["updatedOn"]!.GetValueKind() != JsonValueKind.String
            || c["firstName"]!.GetValueKind() != JsonValueKind.String).ToList();

        Assert.Single(broken);
        Assert.Equal(20, page["content"]!.AsArray().Count);
    }

    [Fact]
    public async Task Faults_can_be_switched_on_and_off_while_running()
    {
        await using var sim = await Simulator.StartAsync();

        using (var on = await sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { faults = new { serverErrorRate = 1.0 } }))
        {
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        Assert.True((int)(await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken)).StatusCode >= 500);
        using (var off = await sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { faults = new { serverErrorRate = 0.0 } }))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken)).StatusCode);
        using var unknown = await sim.ControlAsync(HttpMethod.Put, "/_sim/settings", new { faults = new { noSuchFault = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Latency_is_added_to_every_response()
    {
        await using var sim = await Simulator.StartAsync(o => o.Latency.FixedMilliseconds = 150);

        await sim.GetJsonAsync("/configuration/departments");

        // A lower bound only (a slow machine takes longer, never shorter); timers may fire a hair early.
        var entry = sim.Host.Traffic.For(sim.AccountId).Log.Single();
        Assert.True(entry.DurationMilliseconds >= 140, $"took {entry.DurationMilliseconds} ms");
    }

    [Fact]
    public async Task The_control_api_is_never_limited_faulted_or_counted()
    {
        await using var sim = await Simulator.StartAsync(o => o.Faults.ServerErrorRate = 1.0);

        for (var i = 0; i < 15; i++)
        {
            using var response = await sim.ControlAsync(HttpMethod.Get, "/_sim/accounts");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Empty(sim.Host.Traffic.For(sim.AccountId).Log);
    }
}
