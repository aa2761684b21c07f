using Kombo.Orleans.Storage.Schema;
using Npgsql;

namespace Kombo.Orleans.Testing.Postgres;

/// <summary>
/// A fresh database for one test class (an xUnit class fixture), dropped afterwards. Created empty;
/// call <see cref="MigrateAsync"/> (or use <see cref="MigratedPostgresDatabase"/>) for the schema.
/// </summary>
public class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private readonly string _name = "kombo_test_" + Guid.NewGuid().ToString("N")[..16];
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    public string Name => _name;

    /// <summary>Whether a server was found and this database created.</summary>
    public bool IsAvailable => _dataSource is not null;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database was not created.");

    /// <summary>A small pool on this database for the test's own queries.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database was not created.");

    public virtual async ValueTask InitializeAsync()
    {
        if (server.AdminConnectionString is not { } admin)
        {
            return; // each test reports it through Require().
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _name, Pooling = true, MaxPoolSize = 10 }.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    /// <summary>Call first in every test: skips it locally (fails it in CI) when there is no PostgreSQL.</summary>
    public PostgresDatabase Require()
    {
        server.RequireAdminConnectionString();
        return this;
    }

    public Task<MigrationResult> MigrateAsync() => new SchemaMigrator(DataSource).MigrateAsync();

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_dataSource is null || server.AdminConnectionString is not { } admin)
        {
            return;
        }

        await _dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
