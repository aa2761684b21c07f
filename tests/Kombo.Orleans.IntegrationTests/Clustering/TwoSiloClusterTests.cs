using System.Net;
using Kombo.Orleans.Testing.Grains;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.IntegrationTests.Clustering;

public sealed class TwoSiloClusterTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    [Fact]
    public async Task Two_silos_on_postgres_clustering_form_one_cluster_reachable_through_either_gateway()
    {
        database.Require();
        var first = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        await using var siloA = await RunningSilo.StartAsync(first, TestContext.Current.CancellationToken);
        await using var siloB = await RunningSilo.StartAsync(first.Sibling(), TestContext.Current.CancellationToken);

        Assert.Equal(2L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_membership WHERE deployment_id = @cluster AND status = 3", ("cluster", first.ClusterId)));

        await using var viaA = await GatewayClient.ConnectAsync(siloA.Settings, TestContext.Current.CancellationToken);
        await using var viaB = await GatewayClient.ConnectAsync(siloB.Settings, TestContext.Current.CancellationToken);
        var key = "cluster/" + Guid.NewGuid().ToString("N");

        Assert.Equal(1, await viaA.Client.GetGrain<ICounterGrain>(key).IncrementAsync());
        Assert.Equal(2, await viaB.Client.GetGrain<ICounterGrain>(key).IncrementAsync());
        // One activation for the whole cluster: both gateways reach the same silo for the same grain.
        Assert.Equal(
            await viaA.Client.GetGrain<ICounterGrain>(key).WhereAmIAsync(),
            await viaB.Client.GetGrain<ICounterGrain>(key).WhereAmIAsync());

        foreach (var silo in new[] { siloA, siloB })
        {
            var ready = await silo.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    [Fact]
    public async Task A_silo_stopped_gracefully_is_marked_dead_and_the_other_keeps_serving()
    {
        database.Require();
        var first = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        await using var siloA = await RunningSilo.StartAsync(first, TestContext.Current.CancellationToken);
        await using var siloB = await RunningSilo.StartAsync(first.Sibling(), TestContext.Current.CancellationToken);

        await siloB.StopAsync();

        Assert.Equal(6, await database.ScalarAsync<int>(
            "SELECT status FROM orleans_membership WHERE deployment_id = @cluster AND port = @port",
            ("cluster", first.ClusterId), ("port", siloB.Settings.SiloPort)));
        await using var viaA = await GatewayClient.ConnectAsync(siloA.Settings, TestContext.Current.CancellationToken);
        Assert.Equal(1, await viaA.Client.GetGrain<ICounterGrain>("after-stop/" + Guid.NewGuid().ToString("N")).IncrementAsync());
    }
}
