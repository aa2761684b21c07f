using Kombo.Orleans.Testing.Grains;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.IntegrationTests.Persistence;

public sealed class GrainStateSurvivesRestartTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    [Fact]
    public async Task Persisted_grain_state_survives_stopping_and_restarting_the_silo()
    {
        database.Require();
        var settings = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        var key = "restart/" + Guid.NewGuid().ToString("N");

        await using (var silo = await RunningSilo.StartAsync(settings, TestContext.Current.CancellationToken))
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>(key);
            await counter.IncrementAsync();
            await counter.IncrementAsync();
            Assert.Equal(3, await counter.IncrementAsync());
        }

        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_grain_state WHERE grain_type = 'kombo-test-counter' AND grain_id_extension = @key", ("key", key)));

        await using var restarted = await RunningSilo.StartAsync(settings.Sibling(), TestContext.Current.CancellationToken);
        Assert.Equal(3, await restarted.Grains.GetGrain<ICounterGrain>(key).GetAsync());
        Assert.Equal(4, await restarted.Grains.GetGrain<ICounterGrain>(key).IncrementAsync());
    }
}
