using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// The durable record store: tables <c>kombo_record</c> and <c>kombo_checkpoint</c> (migrations 0005 and 0006), with the
/// rules of docs/record-store.md. Every write is one transaction that starts with the scope's checkpoint, so
/// a stale writer fails before it writes anything.
/// </summary>
public sealed class PostgresRecordStore(NpgsqlDataSource dataSource) : IRecordStore
{
    private const string CountSql = """
        SELECT count(*) FILTER (WHERE remote_deleted_at IS NULL), count(*) FILTER (WHERE remote_deleted_at IS NOT NULL)
        FROM kombo_record WHERE integration_id = $1 AND model = $2
        """;

    public async Task<CommitResult> CommitAsync(RecordCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Scope, nameof(commit));
        PostgresCheckpoints.Validate(commit.Checkpoint);
        var page = StagedPage.Order(commit.Records);
        var at = RecordTime.Truncate(commit.At);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await PostgresCheckpoints.AdvanceAsync(connection, transaction, commit.Scope, commit.Checkpoint, at, cancellationToken);
        var result = page.Length == 0
            ? new CommitResult(0, 0, 0, 0, version, 0)
            : await PostgresPageWriter.WriteAsync(connection, transaction, commit.Scope, page, at, commit.Pass, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<int> MarkUnseenDeletedAsync(
        RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        PostgresCheckpoints.Validate(checkpoint);
        at = RecordTime.Truncate(at);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresCheckpoints.AdvanceAsync(connection, transaction, scope, checkpoint, at, cancellationToken);

        long deleted;
        string[]? parentModels;
        string[]? parentIds;
        await using (var mark = new NpgsqlCommand(UnseenSql.MarkDeleted, connection, transaction))
        {
            PostgresCheckpoints.AddScope(mark, scope);
            mark.Parameters.Add(new NpgsqlParameter { Value = pass, NpgsqlDbType = NpgsqlDbType.Bigint });
            mark.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            await using var reader = await mark.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            deleted = reader.GetInt64(0);
            parentModels = reader.IsDBNull(1) ? null : reader.GetFieldValue<string[]>(1);
            parentIds = reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2);
        }

        if (parentModels is { Length: > 0 } && parentIds is not null)
        {
            string[]? locked;
            await using (var lockParents = new NpgsqlCommand(UnseenSql.LockParents, connection, transaction))
            {
                lockParents.Parameters.Add(new NpgsqlParameter { Value = scope.IntegrationId, NpgsqlDbType = NpgsqlDbType.Text });
                lockParents.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                lockParents.Parameters.Add(new NpgsqlParameter { Value = parentModels, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                lockParents.Parameters.Add(new NpgsqlParameter { Value = parentIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                locked = await lockParents.ExecuteScalarAsync(cancellationToken) as string[];
            }

            if (locked is { Length: > 0 })
            {
                await using var bump = new NpgsqlBatch(connection, transaction) { BatchCommands = { PostgresPageWriter.BumpParents(at, locked) } };
                await bump.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return checked((int)deleted);
    }

    public Task<StoredCheckpoint> GetCheckpointAsync(RecordScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return PostgresCheckpoints.ReadAsync(dataSource, scope, cancellationToken);
    }

    public Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        PostgresRecordQuery.Validate(query);
        return PostgresRecordQuery.ReadAsync(dataSource, query, cancellationToken);
    }

    public async Task<RecordCounts> CountAsync(RecordScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var command = dataSource.CreateCommand(CountSql);
        PostgresCheckpoints.AddScope(command, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new RecordCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<long> DeleteIntegrationAsync(string integrationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long deleted;
        await using (var records = new NpgsqlCommand("DELETE FROM kombo_record WHERE integration_id = $1", connection, transaction))
        {
            records.Parameters.Add(new NpgsqlParameter { Value = integrationId, NpgsqlDbType = NpgsqlDbType.Text });
            deleted = await records.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var checkpoints = new NpgsqlCommand("DELETE FROM kombo_checkpoint WHERE integration_id = $1", connection, transaction))
        {
            checkpoints.Parameters.Add(new NpgsqlParameter { Value = integrationId, NpgsqlDbType = NpgsqlDbType.Text });
            await checkpoints.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
