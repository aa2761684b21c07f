using Kombo.Orleans.Testing.Grains;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Kombo.Orleans.IntegrationTests.Reminders;

public sealed class ReminderSurvivesRestartTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_after_it()
    {
        database.Require();
        var settings = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        var key = "reminder/" + Guid.NewGuid().ToString("N");

        await using (var silo = await RunningSilo.StartAsync(settings, TestContext.Current.CancellationToken))
        {
            await silo.Grains.GetGrain<IReminderProbeGrain>(key).ArmAsync(dueTime: TimeSpan.FromSeconds(2), period: TimeSpan.FromSeconds(2));
        }

        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_reminder WHERE grain_id LIKE '%' || @key AND reminder_name = @name",
            ("key", key), ("name", ReminderProbeGrain.ReminderName)));

        // Nothing of the first silo survives but the database; a tick from the new silo proves the reminder did too.
        await using var restarted = await RunningSilo.StartAsync(settings.Sibling(), TestContext.Current.CancellationToken);
        var restartedAddress = restarted.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();
        await ReminderTicks.WaitForTickOnAsync(key, restartedAddress, TimeSpan.FromSeconds(60));
    }
}
