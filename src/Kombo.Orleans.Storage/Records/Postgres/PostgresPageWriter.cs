using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// Writes a page inside the commit's transaction: a binary COPY into a staging table that lives until the
/// commit, then set-based statements: classify the page and lock the parents to bump, then (one round trip)
/// bump them and upsert the page.
/// </summary>
internal static partial class PostgresPageWriter
{
    // The staging payload is jsonb, so the server parses the page's JSON while the client is still
    // normalizing the rest of it; the upsert then copies jsonb without parsing again. JIT is off for the
    // transaction: the staging table has no statistics, so estimates run high enough to JIT-compile every
    // page's statements, tens of milliseconds of compiling for a few of work.
    private const string CreateStageSql = """
        CREATE TEMP TABLE kombo_record_stage
        (
            id             text COLLATE "C" NOT NULL,
            remote_id      text             NOT NULL,
            payload        jsonb            NOT NULL,
            content_hash   bytea            NOT NULL,
            payload_hash   bytea            NOT NULL,
            parent_models  text[]           NULL,
            parent_ids     text[]           NULL,
            parent_changes smallint[]       NULL
        ) ON COMMIT DROP;
        SET LOCAL jit = off
        """;

    private const string CopySql =
        "COPY kombo_record_stage (id, remote_id, payload, content_hash, payload_hash, parent_models, parent_ids, parent_changes) FROM STDIN (FORMAT BINARY)";

    public static async Task<CommitResult> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RecordScope scope, RecordWrite[] page, DateTimeOffset at, long pass, long checkpointVersion,
        CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(CreateStageSql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await CopyAsync(connection, page, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidTextRepresentation or PostgresErrorCodes.UntranslatableCharacter
                                               or PostgresErrorCodes.NumericValueOutOfRange)
        {
            // JSON that .NET accepts but jsonb does not (a \u0000 escape, a number beyond numeric's range)
            // makes a malformed page for this store: nothing of the commit is written.
            throw new ArgumentException($"The payload of record '{RecordAt(page, ex.Where)}' cannot be stored as jsonb: {ex.MessageText}", ex);
        }

        // Classify and lock first, then bump the parents before the upsert: the upsert keeps a bumped
        // updated_at for an unchanged row and sets At for a changed one, so a parent that is also in the
        // page ends right either way, and no upsert has moved it away from the address the bump uses.
        CommitResult result;
        string[]? parents;
        await using (var classify = new NpgsqlCommand(PageSql.ClassifyAndLockParents, connection, transaction))
        {
            AddParameters(classify.Parameters, scope, at);
            await using var reader = await classify.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            result = new CommitResult(
                Added: (int)reader.GetInt64(0),
                Updated: (int)reader.GetInt64(1),
                Restored: (int)reader.GetInt64(2),
                Unchanged: (int)reader.GetInt64(3),
                CheckpointVersion: checkpointVersion,
                Refreshed: (int)reader.GetInt64(5));
            parents = reader.IsDBNull(4) ? null : reader.GetFieldValue<string[]>(4);
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        if (parents is { Length: > 0 })
        {
            batch.BatchCommands.Add(BumpParents(at, parents));
        }

        var upsert = new NpgsqlBatchCommand(PageSql.Upsert);
        AddParameters(upsert.Parameters, scope, at);
        upsert.Parameters.Add(new NpgsqlParameter { Value = pass, NpgsqlDbType = NpgsqlDbType.Bigint });
        batch.BatchCommands.Add(upsert);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    /// <summary>Moves the locked parents' updated_at to the instant (PageSql.BumpParents).</summary>
    public static NpgsqlBatchCommand BumpParents(DateTimeOffset at, string[] parents)
    {
        var command = new NpgsqlBatchCommand(PageSql.BumpParents);
        command.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = parents, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return command;
    }

    // Payloads are normalized here, record by record, so the client's parsing and hashing overlap the
    // server's. A payload that fails aborts the COPY and, with it, the transaction.
    private static async Task CopyAsync(NpgsqlConnection connection, RecordWrite[] page, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken);
        foreach (var record in page)
        {
            var payload = NormalizedPayload.From(record.Payload, record.Id);
            var (models, ids, changes) = StagedPage.Links(record.Parents);
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(record.Id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.RemoteId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(payload.Json, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteAsync(payload.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(payload.PayloadHash, NpgsqlDbType.Bytea, cancellationToken);
            if (models is null)
            {
                await importer.WriteNullAsync(cancellationToken);
                await importer.WriteNullAsync(cancellationToken);
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(models, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(ids, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(changes, NpgsqlDbType.Array | NpgsqlDbType.Smallint, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // PostgreSQL names the failing COPY line ("COPY kombo_record_stage, line 3, column payload"); lines
    // follow the page's order from 1.
    private static string RecordAt(RecordWrite[] page, string? where)
    {
        var match = CopyLine().Match(where ?? "");
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, out var line) && line >= 1 && line <= page.Length
            ? page[line - 1].Id
            : "?";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"line (\d+)")]
    private static partial System.Text.RegularExpressions.Regex CopyLine();

    private static void AddParameters(NpgsqlParameterCollection parameters, RecordScope scope, DateTimeOffset at)
    {
        parameters.Add(new NpgsqlParameter { Value = scope.IntegrationId, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = scope.Model, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }
}
