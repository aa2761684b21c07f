namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRecruiters.Simulator.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class DriftRateTests
{
    [Fact]
    public async Task setting_a_rate_echoes_it_and_deleting_drift_sets_it_back_to_zero()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var drift = sim.Host.Services.GetRequiredService<DriftService>();

        using var set = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/drift", new { changesPerMinute = 90.5 });
        var rate = drift.RateOf(sim.AccountId);
        using var stop = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/drift");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(90.5, (await Simulator.JsonAsync(set))["changesPerMinute"]!.GetValue<double>());
        Assert.Equal(90.5, rate);
        Assert.Equal(HttpStatusCode.NoContent, stop.StatusCode);
        Assert.Equal(0, drift.RateOf(sim.AccountId));
    }

    public static TheoryData<object> InvalidBodies => new()
    {
        new { changesPerMinute = -1 },
        new { changesPerMinute = 600_001 },
        new { changesPerMinute = "fast" },
        new { rate = 60 },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task an_invalid_rate_is_a_bad_request_and_leaves_drift_off(object body)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/drift", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PARAMETER", await ControlCalls.ErrorCodeAsync(response));
        Assert.Equal(0, sim.Host.Services.GetRequiredService<DriftService>().RateOf(sim.AccountId));
    }

    [Fact]
    public async Task a_rate_without_a_body_is_a_bad_request()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/drift");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
