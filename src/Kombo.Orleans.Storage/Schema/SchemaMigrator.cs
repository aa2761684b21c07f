using Npgsql;

namespace Kombo.Orleans.Storage.Schema;

/// <summary>
/// Brings a PostgreSQL database to the newest Kombo.Orleans schema. Safe to run from several
/// processes at once (an advisory lock serialises them) and as often as you like (applied versions
/// are recorded in <c>kombo_schema_version</c> and skipped). All pending scripts apply in one
/// transaction: a failure leaves the database exactly as it was.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, IReadOnlyList<SchemaMigration>? migrations = null)
{
    // Arbitrary but fixed: the advisory lock every Kombo.Orleans migrator takes ("KOMBO" in ASCII).
    private const long MigrationLockKey = 0x4B4F4D424F;

    private readonly IReadOnlyList<SchemaMigration> _migrations = migrations ?? SchemaMigrations.Embedded;

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", MigrationLockKey));
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS kombo_schema_version
            (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);
        var newlyApplied = new List<SchemaMigration>();
        foreach (var migration in _migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new SchemaDriftException(migration, checksum);
                }

                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await ExecuteAsync(connection, transaction,
                "INSERT INTO kombo_schema_version (version, name, checksum) VALUES (@version, @name, @checksum)",
                cancellationToken,
                ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum));
            newlyApplied.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);
        var currentVersion = applied.Keys.Concat(newlyApplied.Select(m => m.Version)).DefaultIfEmpty(0).Max();
        return new MigrationResult(newlyApplied, currentVersion);
    }

    /// <summary>The versions already recorded, or none when the database was never migrated.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ReadAppliedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('kombo_schema_version') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return new Dictionary<int, string>();
        }

        return await ReadAppliedAsync(connection, null, cancellationToken);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM kombo_schema_version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
