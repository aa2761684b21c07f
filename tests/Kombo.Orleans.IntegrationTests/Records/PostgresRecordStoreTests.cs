using System.Text;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.Postgres;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Records;
using Npgsql;

namespace Kombo.Orleans.IntegrationTests.Records;

/// <summary>
/// The record store contract against PostgreSQL: one migrated database per class, shared by its tests
/// (each test works in an integration of its own), plus what only a database can show.
/// </summary>
public sealed class PostgresRecordStoreTests(MigratedPostgresDatabase database) : RecordStoreContract, IClassFixture<MigratedPostgresDatabase>
{
    private PostgresRecordStore? _store;

    // Every contract test reaches the store first, so each one is skipped locally (failed in CI) without PostgreSQL.
    protected override IRecordStore Store => _store ??= new PostgresRecordStore(database.Require().DataSource);

    [Fact]
    public async Task The_migration_creates_the_record_and_checkpoint_tables()
    {
        database.Require();

        foreach (var table in new[] { "kombo_record", "kombo_checkpoint" })
        {
            Assert.True(await database.ScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", ("table", table)), $"table {table} is missing");
        }
    }

    [Fact]
    public async Task Key_columns_compare_in_the_C_collation_whatever_the_database_default()
    {
        // The throwaway server is initialised with --locale=C, so the contract's ordering test cannot see a
        // missing COLLATE "C" there; a server with a linguistic default (CI's, a developer's) would.
        database.Require();

        var collations = await database.ScalarAsync<string>(
            """
            SELECT string_agg(table_name || '.' || column_name || '=' || coalesce(collation_name, '-'), ',' ORDER BY table_name, column_name)
            FROM information_schema.columns
            WHERE table_name IN ('kombo_record', 'kombo_checkpoint') AND column_name IN ('integration_id', 'model', 'id')
            """);

        Assert.Equal("kombo_checkpoint.integration_id=C,kombo_checkpoint.model=C,kombo_record.id=C,kombo_record.integration_id=C,kombo_record.model=C", collations);
    }

    [Fact]
    public async Task Records_and_checkpoints_outlive_the_store_and_its_data_source()
    {
        database.Require();
        var scope = Scope();
        await using (var first = NpgsqlDataSource.Create(database.ConnectionString))
        {
            await new PostgresRecordStore(first).CommitAsync(
                new RecordCommit(scope, [Write("c-1", """{"first_name":"Ada"}""", "sr-1")], At(1), 1, new CheckpointUpdate(0, "cursor-1")), Ct);
        }

        await using var second = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgresRecordStore(second);
        var page = await store.QueryAsync(new RecordQuery(scope), Ct);
        var checkpoint = await store.GetCheckpointAsync(scope, Ct);
        var again = await store.CommitAsync(new RecordCommit(scope, [Write("c-1", """{"first_name":"Ada"}""", "sr-1")], At(2), 2), Ct);

        var record = Assert.Single(page.Records);
        AssertPayload("""{"first_name":"Ada"}""", record);
        Assert.Equal(At(1), record.ChangedAt);
        Assert.Equal((1L, "cursor-1"), (checkpoint.Version, checkpoint.Value));
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task The_stored_hashes_are_those_of_the_normalized_payload()
    {
        database.Require();
        var scope = Scope();
        const string payload = """{"changed_at":"2020-01-01T00:00:00Z","remote_data":{"/x":1},"b":1,"a":[true,null]}""";

        await Store.CommitAsync(new RecordCommit(scope, [Write("c-1", payload)], At(1), 1), Ct);

        var expected = NormalizedPayload.From(Encoding.UTF8.GetBytes(payload), "c-1");
        Assert.Equal(expected.ContentHash, await HashAsync(scope, "c-1", "content_hash"));
        Assert.Equal(expected.PayloadHash, await HashAsync(scope, "c-1", "payload_hash"));
        Assert.NotEqual(expected.ContentHash, expected.PayloadHash);
    }

    [Theory]
    [InlineData("""{"first_name":"Ada","remote_data":{"/c/1":{"tags":["JAVA"]}}}""", "refreshed")]
    [InlineData("""{"first_name":"Ada","remote_data":{"/c/1":{"tags":["Java"]}}}""", "refreshed")]
    [InlineData("""{"first_name":"Grace","remote_data":{"/c/1":{"tags":["Java"]}}}""", "updated")]
    public async Task A_row_from_before_the_payload_hash_is_compared_by_content_and_gets_both_hashes(string payload, string expected)
    {
        // Before migration 0006, content_hash covered remote_data and payload_hash did not exist: such a
        // row's content_hash says nothing about its projection, so the first commit must neither call every
        // record with remote_data updated nor miss a real change.
        database.Require();
        var scope = Scope();
        const string before = """{"first_name":"Ada","remote_data":{"/c/1":{"tags":["Java"]}}}""";
        await Store.CommitAsync(new RecordCommit(scope, [Write("c-1", before)], At(1), 1), Ct);
        await database.ScalarAsync<int>(
            "UPDATE kombo_record SET payload_hash = NULL, content_hash = @old WHERE integration_id = @integration AND model = @model AND id = @id RETURNING 1",
            ("old", NormalizedPayload.From(Encoding.UTF8.GetBytes(before), "c-1").PayloadHash),
            ("integration", scope.IntegrationId), ("model", scope.Model), ("id", "c-1"));

        var result = await Store.CommitAsync(new RecordCommit(scope, [Write("c-1", payload)], At(2), 2), Ct);
        var again = await Store.CommitAsync(new RecordCommit(scope, [Write("c-1", payload)], At(3), 3), Ct);

        Assert.Equal(expected == "refreshed" ? new CommitResult(0, 0, 0, 0, 0, 1) : new CommitResult(0, 1, 0, 0, 0, 0), result);
        Assert.Equal(new CommitResult(0, 0, 0, 1, 0, 0), again);
        var record = await RequireAsync(scope, "c-1");
        AssertPayload(payload, record);
        Assert.Equal(expected == "refreshed" ? At(1) : At(2), record.ChangedAt);
        Assert.Equal(NormalizedPayload.From(Encoding.UTF8.GetBytes(payload), "c-1").PayloadHash, await HashAsync(scope, "c-1", "payload_hash"));
    }

    private Task<byte[]> HashAsync(RecordScope scope, string id, string column) =>
        database.ScalarAsync<byte[]>(
            $"SELECT {column} FROM kombo_record WHERE integration_id = @integration AND model = @model AND id = @id",
            ("integration", scope.IntegrationId), ("model", scope.Model), ("id", id));
}
