using System.Diagnostics;
using System.Net.Http.Json;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// The simulator in a child process (the executable built next to the benchmarks), so that the benchmark process's
/// CPU and memory are the engine's alone. Accounts and their API keys come from its control API.
/// </summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process, Uri baseAddress, IReadOnlyList<SimulatorAccount> accounts)
    {
        _process = process;
        BaseAddress = baseAddress;
        Accounts = accounts;
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<SimulatorAccount> Accounts { get; }

    public Process Process => _process;

    public static async Task<SimulatorProcess> StartAsync(params string[] switches)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{EngineHost.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartRecruiters.Simulator.dll"));
        foreach (var argument in (string[])["--urls", baseAddress.ToString(), "--Logging:LogLevel:Default", "Warning", .. switches])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The simulator did not start.");
        using var http = new HttpClient { BaseAddress = baseAddress };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var accounts = await http.GetFromJsonAsync<List<SimulatorAccount>>("/_sim/accounts") ?? [];
                return new SimulatorProcess(process, baseAddress, accounts);
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
            {
                // Still generating accounts or not listening yet.
                await Task.Delay(200);
            }
        }
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
}
