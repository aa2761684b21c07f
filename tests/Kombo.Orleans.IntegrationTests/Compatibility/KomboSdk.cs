namespace Kombo.Orleans.IntegrationTests.Compatibility;

using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// Kombo's official TypeScript SDK (<c>tests/kombo-sdk-compat</c>: the pinned <c>@kombo-api/sdk</c> and <c>walk.mjs</c>),
/// installed with <c>npm ci</c> into a copy under the test output directory, so the repository gets no
/// <c>node_modules</c> and a re-run with the same lock file skips the install.
/// </summary>
internal sealed class KomboSdk
{
    private const string ProjectFolder = "kombo-sdk-compat";
    private static readonly string[] ProjectFiles = ["package.json", "package-lock.json", "walk.mjs"];
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan WalkTimeout = TimeSpan.FromMinutes(1);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static KomboSdk? _installed;

    private KomboSdk(string directory, string pinnedVersion)
    {
        Directory = directory;
        PinnedVersion = pinnedVersion;
    }

    /// <summary>The working copy the SDK is installed in.</summary>
    public string Directory { get; }

    /// <summary>The exact <c>@kombo-api/sdk</c> version <c>package.json</c> pins.</summary>
    public string PinnedVersion { get; }

    /// <summary>Installs the SDK once per test run; fails the test (never skips it) when Node.js or npm cannot.</summary>
    public static async Task<KomboSdk> InstallAsync(CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            return _installed ??= await InstallOnceAsync(cancellationToken);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs <c>walk.mjs</c> against <paramref name="serverUrl"/> (the API's <c>/v1</c> root) and returns its summary.</summary>
    public async Task<WalkResult> WalkAsync(Uri serverUrl, string apiKey, string integrationId, int pageSize, bool withIds, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "walk.mjs",
            "--url", serverUrl.AbsoluteUri.TrimEnd('/'),
            "--key", apiKey,
            "--integration", integrationId,
            "--page-size", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. withIds ? ["--with-ids"] : Array.Empty<string>(),
        ];
        var run = await RunProcessAsync(Directory, "node", arguments, WalkTimeout, cancellationToken);
        var lastLine = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        JsonElement? summary = null;
        if (lastLine is not null && lastLine.StartsWith('{'))
        {
            summary = JsonDocument.Parse(lastLine).RootElement.Clone();
        }

        return new WalkResult(run.ExitCode, summary, run.StandardOutput, run.StandardError);
    }

    private static async Task<KomboSdk> InstallOnceAsync(CancellationToken cancellationToken)
    {
        var source = Path.Combine(RepositoryRoot(), "tests", ProjectFolder);
        var target = Path.Combine(AppContext.BaseDirectory, ProjectFolder);
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in ProjectFiles)
        {
            File.Copy(Path.Combine(source, file), Path.Combine(target, file), overwrite: true);
        }

        using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(target, "package.json"), cancellationToken));
        var pinned = package.RootElement.GetProperty("dependencies").GetProperty("@kombo-api/sdk").GetString()!;

        var stampPath = Path.Combine(target, "node_modules", ".kombo-sdk-compat.sha256");
        var stamp = Stamp(target);
        var installedPackage = Path.Combine(target, "node_modules", "@kombo-api", "sdk", "package.json");
        if (!File.Exists(stampPath) || await File.ReadAllTextAsync(stampPath, cancellationToken) != stamp || !File.Exists(installedPackage))
        {
            var install = await RunProcessAsync(target, "npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], InstallTimeout, cancellationToken);
            Assert.True(
                install.ExitCode == 0,
                $"`npm ci` of {ProjectFolder} (@kombo-api/sdk {pinned}) failed with exit code {install.ExitCode}; the npm registry must be reachable "
                + $"(or the npm cache warm).\nstdout:\n{install.StandardOutput}\nstderr:\n{install.StandardError}");
            await File.WriteAllTextAsync(stampPath, stamp, cancellationToken);
        }

        return new KomboSdk(target, pinned);
    }

    private static async Task<ProcessRun> RunProcessAsync(string directory, string command, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["npm_config_update_notifier"] = "false";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"`{command}` did not start.");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`{command}` could not be started ({e.Message}): the Kombo SDK compatibility test needs Node.js 20+ and npm on PATH.");
            throw;
        }

        using (process)
        using (var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            cts.CancelAfter(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            var stderr = process.StandardError.ReadToEndAsync(cts.Token);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"`{command} {string.Join(' ', arguments)}` did not finish within {timeout}.");
            }

            return new ProcessRun(process.ExitCode, await stdout, await stderr);
        }
    }

    private static string Stamp(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { "package.json", "package-lock.json" })
        {
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kombo.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Kombo.Orleans.sln above {AppContext.BaseDirectory}.");
    }

    private sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError);
}

/// <summary>What <c>walk.mjs</c> printed: its JSON summary (null when it printed none) and its raw output.</summary>
internal sealed record WalkResult(int ExitCode, JsonElement? Summary, string StandardOutput, string StandardError);
