using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.IntegrationTests.Hosting;

public sealed class MigrateCommandTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Migrate_command_applies_the_schema_and_a_second_run_changes_nothing()
    {
        database.Require();
        string[] args = ["migrate", "--ConnectionStrings:Postgres", database.ConnectionString];

        var first = await SiloCommand.RunAsync(args, Timeout);
        var second = await SiloCommand.RunAsync(args, Timeout);

        Assert.True(first.ExitCode == 0, first.StandardError);
        foreach (var migration in SchemaMigrations.Embedded)
        {
            Assert.Contains($"applied {migration.Version:D4}_{migration.Name}", first.StandardOutput);
        }

        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.DoesNotContain("applied", second.StandardOutput);
        Assert.Contains("nothing to do", second.StandardOutput);
        Assert.Equal(SchemaMigrations.Embedded.Count, await database.ScalarAsync<long>("SELECT count(*) FROM kombo_schema_version"));
    }

    [Fact]
    public async Task Migrate_command_reports_an_unreachable_database_without_a_stack_trace()
    {
        var unreachable = $"Host=127.0.0.1;Port={FreePorts.Next()};Username=nobody;Timeout=3";

        var result = await SiloCommand.RunAsync(["migrate", "--ConnectionStrings:Postgres", unreachable], Timeout);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("migrate failed:", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
