using System.Net;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.IntegrationTests.Hosting;

public sealed class SiloProcessTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_silo_processes_on_one_machine_form_a_cluster_and_SIGTERM_leaves_it_as_dead()
    {
        database.Require();
        var first = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        await using var processA = await SiloProcess.StartAsync(first, StartTimeout);
        await using var processB = await SiloProcess.StartAsync(first.Sibling(), StartTimeout);

        Assert.Equal(2L, await ActiveSilosAsync(first.ClusterId));
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(processA.BaseAddress, "/health/ready"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(processB.BaseAddress, "/health/ready"), TestContext.Current.CancellationToken)).StatusCode);

        var exitCode = await processB.TerminateAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{processB.Output}");
        Assert.Equal(6, await database.ScalarAsync<int>(
            "SELECT status FROM orleans_membership WHERE deployment_id = @cluster AND port = @port",
            ("cluster", first.ClusterId), ("port", processB.Settings.SiloPort)));
        Assert.Equal(1L, await ActiveSilosAsync(first.ClusterId));
    }

    private Task<long> ActiveSilosAsync(string clusterId) => database.ScalarAsync<long>(
        "SELECT count(*) FROM orleans_membership WHERE deployment_id = @cluster AND status = 3", ("cluster", clusterId));
}
