using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Storage.Records.Postgres;

/// <summary>
/// The checkpoint step that opens every writing transaction. Advancing it takes the row lock of the
/// scope's checkpoint, so writers of one scope queue behind each other and a stale one finds the new
/// version once it gets its turn.
/// </summary>
internal static class PostgresCheckpoints
{
    private const int MaxValueBytes = 64 * 1024;

    // The first version is an insert; a concurrent first writer waits on the key and then inserts nothing.
    private const string InsertFirstSql = """
        INSERT INTO kombo_checkpoint (integration_id, model, version, value, updated_at)
        VALUES ($1, $2, 1, $3, $4)
        ON CONFLICT (integration_id, model) DO NOTHING
        RETURNING version
        """;

    private const string AdvanceSql = """
        UPDATE kombo_checkpoint SET version = version + 1, value = $3, updated_at = $4
        WHERE integration_id = $1 AND model = $2 AND version = $5
        RETURNING version
        """;

    private const string VersionSql = "SELECT version FROM kombo_checkpoint WHERE integration_id = $1 AND model = $2";

    private const string ReadSql = "SELECT version, value, updated_at FROM kombo_checkpoint WHERE integration_id = $1 AND model = $2";

    public static void Validate(CheckpointUpdate? update)
    {
        if (update is null)
        {
            return;
        }

        if (update.Value is null || Encoding.UTF8.GetByteCount(update.Value) > MaxValueBytes)
        {
            throw new ArgumentException("A checkpoint value is a string of at most 64 KiB.", nameof(update));
        }
    }

    /// <summary>Advances the checkpoint when asked, and answers the scope's version after this step.</summary>
    /// <exception cref="CheckpointConflictException">The checkpoint is not at the expected version.</exception>
    public static async Task<long> AdvanceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RecordScope scope, CheckpointUpdate? update, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (update is null)
        {
            return await CurrentVersionAsync(connection, transaction, scope, cancellationToken);
        }

        await using var command = new NpgsqlCommand(update.ExpectedVersion == 0 ? InsertFirstSql : AdvanceSql, connection, transaction);
        AddScope(command, scope);
        command.Parameters.Add(new NpgsqlParameter { Value = update.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = at, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        if (update.ExpectedVersion != 0)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = update.ExpectedVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        }

        if (await command.ExecuteScalarAsync(cancellationToken) is long version)
        {
            return version;
        }

        var actual = await CurrentVersionAsync(connection, transaction, scope, cancellationToken);
        throw new CheckpointConflictException(scope, update.ExpectedVersion, actual);
    }

    public static async Task<StoredCheckpoint> ReadAsync(NpgsqlDataSource dataSource, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        AddScope(command, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return StoredCheckpoint.None;
        }

        return new StoredCheckpoint(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
    }

    public static void AddScope(NpgsqlCommand command, RecordScope scope)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = scope.IntegrationId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = scope.Model, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static async Task<long> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(VersionSql, connection, transaction);
        AddScope(command, scope);
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
    }
}
