using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing.Postgres;
using Npgsql;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// A migrated, empty database for one benchmark run, dropped afterwards: on the server named by
/// <c>KOMBO_BENCH_POSTGRES</c> (a connection string allowed to create databases), or else on a throwaway
/// server started for the run (the test harness's <see cref="ThrowawayPostgres"/>: fsync and synchronous
/// commit off).
/// </summary>
public sealed class BenchmarkPostgres : IAsyncDisposable
{
    public const string ConnectionStringVariable = "KOMBO_BENCH_POSTGRES";

    private readonly ThrowawayPostgres? _throwaway;
    private readonly string _admin;
    private readonly string _database;

    private BenchmarkPostgres(ThrowawayPostgres? throwaway, string admin, string database, NpgsqlDataSource dataSource, string source)
    {
        _throwaway = throwaway;
        _admin = admin;
        _database = database;
        DataSource = dataSource;
        Source = source;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Which server the run used, for the report.</summary>
    public string Source { get; }

    public static async Task<BenchmarkPostgres> StartAsync()
    {
        ThrowawayPostgres? throwaway = null;
        string admin;
        string source;
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured)
        {
            admin = configured;
            source = $"{ConnectionStringVariable}";
        }
        else
        {
            var bin = ThrowawayPostgres.FindBinDirectory(out var whyNot)
                ?? throw new InvalidOperationException($"No PostgreSQL: {whyNot}. Set {ConnectionStringVariable}.");
            throwaway = await ThrowawayPostgres.StartAsync(bin);
            admin = throwaway.AdminConnectionString;
            source = $"throwaway server from {bin} (fsync off, synchronous_commit off)";
        }

        var database = "kombo_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = true }.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync();
        return new BenchmarkPostgres(throwaway, admin, database, dataSource, source);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (_throwaway is not null)
        {
            await _throwaway.DisposeAsync();
        }
    }
}
