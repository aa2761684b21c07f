using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing.Postgres;

namespace Kombo.Orleans.IntegrationTests.Schema;

public sealed class SchemaMigratorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrator_applies_every_migration_to_an_empty_database_and_a_second_run_is_a_no_op()
    {
        database.Require();

        var first = await database.MigrateAsync();

        Assert.Equal(SchemaMigrations.Embedded.Select(m => m.Version), first.Applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.Embedded[^1].Version, first.CurrentVersion);
        foreach (var table in new[] { "orleansquery", "orleans_membership_version", "orleans_membership", "orleans_grain_state", "orleans_reminder" })
        {
            Assert.True(await database.ScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", ("table", table)), $"table {table} is missing");
        }

        var recorded = await database.ScalarAsync<long>("SELECT count(*) FROM kombo_schema_version");
        var queries = await database.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery");

        var second = await database.MigrateAsync();

        Assert.Empty(second.Applied);
        Assert.False(second.ChangedAnything);
        Assert.Equal(first.CurrentVersion, second.CurrentVersion);
        Assert.Equal(recorded, await database.ScalarAsync<long>("SELECT count(*) FROM kombo_schema_version"));
        Assert.Equal(queries, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery"));
    }
}
