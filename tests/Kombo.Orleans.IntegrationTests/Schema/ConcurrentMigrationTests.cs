using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing.Postgres;

namespace Kombo.Orleans.IntegrationTests.Schema;

public sealed class ConcurrentMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrators_started_together_apply_each_migration_exactly_once()
    {
        database.Require();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new SchemaMigrator(database.DataSource).MigrateAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(
            SchemaMigrations.Embedded.Select(m => m.Version),
            results.SelectMany(r => r.Applied).Select(m => m.Version).Order());
        Assert.Equal(SchemaMigrations.Embedded.Count, await database.ScalarAsync<long>("SELECT count(*) FROM kombo_schema_version"));
    }
}
