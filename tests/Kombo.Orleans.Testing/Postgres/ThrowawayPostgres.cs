using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Kombo.Orleans.Testing.Postgres;

/// <summary>
/// A PostgreSQL server of our own for one test run: initdb into a temp directory, start on a free
/// loopback port, stop and delete everything on dispose. PostgreSQL refuses to run as root, so as
/// root the server runs as the <c>postgres</c> system user.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";

    private readonly string _root;
    private readonly string _binDirectory;
    private readonly bool _runAsServiceUser;

    private ThrowawayPostgres(string root, string binDirectory, bool runAsServiceUser, int port)
    {
        _root = root;
        _binDirectory = binDirectory;
        _runAsServiceUser = runAsServiceUser;
        Port = port;
    }

    public int Port { get; }

    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={ServiceUser};Database=postgres;Pooling=false";

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Locates PostgreSQL's server binaries, or answers why it cannot.</summary>
    public static string? FindBinDirectory(out string whyNot)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KOMBO_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));

        foreach (var directory in candidates)
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                whyNot = "";
                return directory;
            }
        }

        whyNot = "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin, KOMBO_PG_BIN or PATH";
        return null;
    }

    public static async Task<ThrowawayPostgres> StartAsync(string binDirectory, CancellationToken cancellationToken = default)
    {
        var runAsServiceUser = IsRoot();
        var root = Path.Combine(Path.GetTempPath(), "kombo-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var server = new ThrowawayPostgres(root, binDirectory, runAsServiceUser, FreePorts.Next());
        try
        {
            if (runAsServiceUser)
            {
                await server.RunAsync("chown", ["-R", $"{ServiceUser}:", root], asServiceUser: false, cancellationToken);
            }

            await server.RunAsync(Path.Combine(binDirectory, "initdb"),
                ["-D", server.DataDirectory, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
                asServiceUser: runAsServiceUser, cancellationToken);

            // Durability settings off: this server lives for one test run.
            var serverOptions = string.Join(' ',
                $"-p {server.Port}", "-c listen_addresses=127.0.0.1", $"-k {root}",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300");
            await server.RunAsync(Path.Combine(binDirectory, "pg_ctl"),
                ["-D", server.DataDirectory, "-l", Path.Combine(root, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"],
                asServiceUser: runAsServiceUser, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"],
                    asServiceUser: _runAsServiceUser, CancellationToken.None);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asServiceUser, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServiceUser ? "runuser" : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        if (asServiceUser)
        {
            foreach (var argument in new[] { "-u", ServiceUser, "--", fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(fileName)} exited with {process.ExitCode}: {await stderr}{await stdout}{serverLog}");
        }
    }

    private static bool IsRoot() => OperatingSystem.IsLinux() && geteuid() == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();
}
