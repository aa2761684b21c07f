using System.Net;
using Kombo.Orleans.Testing.Grains;
using Kombo.Orleans.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kombo.Orleans.Tests.Hosting;

public sealed class EmbeddedHostTests
{
    [Fact]
    public async Task Embedded_host_starts_ready_with_the_dashboard_and_in_memory_grain_state()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings(), TestContext.Current.CancellationToken);

        var live = await silo.Http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await silo.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var dashboard = await silo.Http.GetAsync("/dashboard", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("/dashboard/", dashboard.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<title>Orleans Dashboard</title>", await dashboard.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var counter = silo.Grains.GetGrain<ICounterGrain>("embedded/" + Guid.NewGuid().ToString("N"));
        await counter.IncrementAsync();
        Assert.Equal(2, await counter.IncrementAsync());
    }

    [Fact]
    public async Task Embedded_host_runs_the_SmartRecruiters_simulator_with_the_documented_demo_key()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings(), TestContext.Current.CancellationToken);
        var simulator = silo.Services.GetRequiredService<Kombo.Orleans.Silo.Hosting.EmbeddedSimulatorService>();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("X-SmartToken", new Kombo.Orleans.Silo.Hosting.EmbeddedSimulatorOptions().ApiKey);

        using var candidates = await http.GetAsync("/candidates?limit=5", TestContext.Current.CancellationToken);
        using var anonymous = await new HttpClient { BaseAddress = simulator.BaseAddress }.GetAsync("/candidates", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, candidates.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_stopping_silo_is_no_longer_ready()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings(), TestContext.Current.CancellationToken);
        var readiness = silo.Services.GetRequiredService<HealthCheckService>();

        Assert.Equal(HealthStatus.Healthy,
            (await readiness.CheckHealthAsync(TestContext.Current.CancellationToken)).Status);
        await silo.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy,
            (await readiness.CheckHealthAsync(TestContext.Current.CancellationToken)).Status);
    }
}
