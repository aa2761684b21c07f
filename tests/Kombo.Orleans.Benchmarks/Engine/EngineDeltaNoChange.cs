using System.Diagnostics;
using Kombo.Orleans.Abstractions.Sync;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// What a DELTA costs when nothing changed, against account size: after a FULL sync of the account, one DELTA's
/// requests and wall time. Limits and latency are off (in the simulator and in the engine's budget) so that the FULL
/// that sets the account up is bounded by CPU, not by SmartRecruiters' 10 requests/s; the DELTA's request count does
/// not depend on them. One silo, in-memory record store.
/// </summary>
public static class EngineDeltaNoChange
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var sizes = args.Int("candidates", 0) is > 0 and var only ? [only] : new[] { 1_000, 100_000 };
        var ok = true;
        foreach (var size in sizes)
        {
            ok &= await RunOnceAsync(size);
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> RunOnceAsync(int candidates)
    {
        var options = new SimulatorOptions { Candidates = candidates, Seed = 42 };
        options.RateLimits.Enabled = false;
        await using var simulator = await InProcessSimulator.StartAsync(options);
        await using var engine = await EngineHost.StartAsync(EngineHost.Unthrottled);
        var account = simulator.Accounts.Accounts[0];
        var traffic = simulator.Traffic.For(account);

        var integration = engine.Integration($"smartrecruiters:bench-delta-{candidates}");
        var setup = Stopwatch.StartNew();
        await integration.Connect(new IntegrationSetup(simulator.BaseAddress, new IntegrationCredentials(simulator.ApiKey), account.Identifier));
        var first = (await integration.GetSyncStatus()).Current ?? throw new InvalidOperationException("Connecting started no sync.");
        var full = await EngineHost.WaitAsync(integration, first.SyncId);
        var setupTime = setup.Elapsed;

        traffic.Reset();
        var measured = Stopwatch.StartNew();
        var delta = await EngineHost.SyncAsync(integration, SyncKind.Delta);
        var wall = measured.Elapsed;
        var sent = traffic.Endpoints.ToDictionary(e => e.Key, e => e.Value.Requests, StringComparer.Ordinal);

        Console.WriteLine($"engine-delta-nochange: {candidates:N0} candidates, limits and latency off, in-memory record store");
        Console.WriteLine($"  setup FULL {full.State}: {setupTime.TotalSeconds:N1} s, {full.Usage.Requests:N0} requests ({full.Usage.Requests / setupTime.TotalSeconds:N0} req/s), {full.Counts.Added:N0} records added");
        Console.WriteLine($"  DELTA {delta.State}: {delta.Usage.Requests} requests (simulator {sent.Values.Sum()}; target <= 20), wall {wall.TotalMilliseconds:N0} ms, changed models [{string.Join(", ", delta.ChangedModels)}]");
        foreach (var (endpoint, count) in sent.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {endpoint,-56} {count,4}");
        }

        return full.State == SyncState.Succeeded && delta.State == SyncState.Succeeded && delta.Usage.Requests <= 20;
    }
}
