using Kombo.Orleans.Silo.Commands;
using Kombo.Orleans.Testing;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.Tests.Hosting;

public sealed class CommandTests
{
    [Fact]
    public async Task Migrate_without_a_connection_string_says_what_to_set_and_fails()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await MigrateCommand.RunAsync(["--ConnectionStrings:Postgres", ""], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("ConnectionStrings__Postgres", error.ToString());
    }

    [Fact]
    public async Task Healthcheck_succeeds_against_a_ready_silo_and_fails_where_nothing_listens()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings(), TestContext.Current.CancellationToken);

        var ready = await HealthCheckCommand.RunAsync([new Uri(silo.BaseAddress, "/health/ready").ToString()], new StringWriter());
        var nothing = await HealthCheckCommand.RunAsync([$"http://127.0.0.1:{FreePorts.Next()}/health/ready"], new StringWriter());
        var garbage = await HealthCheckCommand.RunAsync(["not a url"], new StringWriter());

        Assert.Equal(0, ready);
        Assert.Equal(1, nothing);
        Assert.Equal(2, garbage);
    }
}
