using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Kombo.Orleans.Testing.Silos;

/// <summary>
/// The Kombo.Orleans host as its own operating-system process (<c>dotnet Kombo.Orleans.Silo.dll</c>),
/// for what only a real process shows: signals, exit codes, several silos on one machine.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const string StartedLine = "Application started.";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, SiloSettings settings, Uri baseAddress)
    {
        _process = process;
        Settings = settings;
        BaseAddress = baseAddress;
    }

    public SiloSettings Settings { get; }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the process and returns once the host reports it started (the silo is active by then).</summary>
    public static async Task<SiloProcess> StartAsync(SiloSettings settings, TimeSpan timeout)
    {
        var siloAssembly = Path.Combine(AppContext.BaseDirectory, "Kombo.Orleans.Silo.dll");
        var httpPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(siloAssembly);
        foreach (var argument in settings.ToArgs().Skip(2)) // replaces the in-process "--urls http://127.0.0.1:0"
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new SiloProcess(process, settings, new Uri($"http://127.0.0.1:{httpPort}"));
        process.OutputDataReceived += (_, e) => silo.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => silo.OnOutput(e.Data);
        process.Exited += (_, _) => silo._started.TrySetException(
            new InvalidOperationException($"Silo process exited early with {process.ExitCode}:\n{silo.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await silo._started.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await silo.DisposeAsync();
            throw new TimeoutException($"Silo process did not start within {timeout}:\n{silo.Output}");
        }

        return silo;
    }

    /// <summary>Sends SIGTERM, as an orchestrator does, and waits for the process to exit; returns its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        if (kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill(SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(StartedLine, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
