using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Kombo.Orleans.Storage.Schema;
using Kombo.Orleans.Testing.Postgres;
using Npgsql;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// The database <c>api-read</c> reads from, kept between runs so that <c>--reuse</c> can skip the minutes of setup:
/// a fixed database on the server named by <c>KOMBO_BENCH_POSTGRES</c>, or else on a server of our own whose data
/// directory stays under the temp directory (started for the run and stopped after it, never deleted; the same
/// durability settings as the throwaway test server: fsync and synchronous commit off).
/// </summary>
public sealed class ApiReadPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";

    private readonly string? _binDirectory;
    private readonly string? _dataDirectory;

    private ApiReadPostgres(string connectionString, string source, string? binDirectory, string? dataDirectory)
    {
        ConnectionString = connectionString;
        Source = source;
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The benchmark's database, migrated.</summary>
    public string ConnectionString { get; }

    public string Source { get; }

    /// <param name="fresh">Drop the database first (no <c>--reuse</c>).</param>
    public static async Task<ApiReadPostgres> StartAsync(string database, bool fresh)
    {
        string admin;
        ApiReadPostgres server;
        if (Environment.GetEnvironmentVariable(BenchmarkPostgres.ConnectionStringVariable) is { Length: > 0 } configured)
        {
            admin = configured;
            server = new ApiReadPostgres("", BenchmarkPostgres.ConnectionStringVariable, null, null);
        }
        else
        {
            var bin = ThrowawayPostgres.FindBinDirectory(out var whyNot)
                ?? throw new InvalidOperationException($"No PostgreSQL: {whyNot}. Set {BenchmarkPostgres.ConnectionStringVariable}.");
            var root = Path.Combine(Path.GetTempPath(), "kombo-bench-api-read");
            var port = FreePort();
            await StartLocalAsync(bin, root, port);
            admin = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username={ServiceUser};Database=postgres;Pooling=false";
            server = new ApiReadPostgres("", $"own server in {root} (fsync off, synchronous_commit off, max_connections 300)", bin, Path.Combine(root, "data"));
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            if (fresh)
            {
                await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }

            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await ExecuteAsync(connection, $"CREATE DATABASE \"{database}\"");
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = true }.ConnectionString;
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource).MigrateAsync();
        }

        return new ApiReadPostgres(connectionString, server.Source, server._binDirectory, server._dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_binDirectory is not null && _dataDirectory is not null)
        {
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "-m", "fast", "-w", "stop"]);
        }
    }

    private static async Task StartLocalAsync(string bin, string root, int port)
    {
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        if (IsRoot())
        {
            await RunAsync("chown", [$"{ServiceUser}:", root], asServiceUser: false);
        }

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
        }
        else if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            // Left running by an interrupted run: stop it, as its port is unknown.
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], asServiceUser: IsRoot(), ignoreFailure: true);
        }

        // Room for the silo's pool, 32 raw SQL connections and the harness; a cache large enough for the whole data set.
        var options = string.Join(' ', $"-p {port}", "-c listen_addresses=127.0.0.1", $"-k {root}", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300", "-c shared_buffers=2GB");
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "server.log"), "-o", options, "-w", "-t", "120", "start"]);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Task RunAsync(string fileName, IReadOnlyList<string> arguments) => RunAsync(fileName, arguments, IsRoot());

    // PostgreSQL refuses to run as root, so as root its tools run as the postgres system user.
    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asServiceUser, bool ignoreFailure = false)
    {
        var start = new ProcessStartInfo { FileName = asServiceUser ? "runuser" : fileName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[.. asServiceUser ? ["-u", ServiceUser, "--", fileName] : Array.Empty<string>(), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !ignoreFailure)
        {
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static int FreePort() => Engine.EngineHost.FreePort();

    private static bool IsRoot() => OperatingSystem.IsLinux() && geteuid() == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();
}
