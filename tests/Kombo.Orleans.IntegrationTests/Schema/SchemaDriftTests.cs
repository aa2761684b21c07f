using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing.Postgres;

namespace Kombo.Orleans.IntegrationTests.Schema;

public sealed class SchemaDriftTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrator_refuses_to_run_when_an_applied_script_was_edited_and_changes_nothing()
    {
        database.Require();
        var original = new SchemaMigration(1, "probe", "CREATE TABLE drift_probe (id integer)");
        await new SchemaMigrator(database.DataSource, [original]).MigrateAsync(TestContext.Current.CancellationToken);

        var edited = original with { Sql = "CREATE TABLE drift_probe (id bigint)" };
        var next = new SchemaMigration(2, "next", "CREATE TABLE drift_next (id integer)");
        var error = await Assert.ThrowsAsync<SchemaDriftException>(
            () => new SchemaMigrator(database.DataSource, [edited, next]).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, error.Migration.Version);
        Assert.False(await database.ScalarAsync<bool>("SELECT to_regclass('drift_next') IS NOT NULL"));
        Assert.Equal([1], (await new SchemaMigrator(database.DataSource).ReadAppliedAsync(TestContext.Current.CancellationToken)).Keys.Where(v => v < 10));
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_every_script_of_its_run()
    {
        database.Require();
        var good = new SchemaMigration(10, "good", "CREATE TABLE rollback_probe (id integer)");
        var bad = new SchemaMigration(11, "bad", "CREATE TABLE rollback_probe_2 (id no_such_type)");

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => new SchemaMigrator(database.DataSource, [good, bad]).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.False(await database.ScalarAsync<bool>("SELECT to_regclass('rollback_probe') IS NOT NULL"));
        Assert.DoesNotContain((await new SchemaMigrator(database.DataSource).ReadAppliedAsync(TestContext.Current.CancellationToken)).Keys, v => v >= 10);
    }
}
