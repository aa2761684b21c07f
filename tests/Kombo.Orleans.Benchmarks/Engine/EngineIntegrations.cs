using System.Diagnostics;
using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// Many integrations on one silo: N small SmartRecruiters accounts (one credential, so one budget, each; documented
/// limits on, no latency) in a simulator in a child process, each connected as an integration with a DELTA every
/// minute (the reminder minimum). After every first FULL has finished, the silo runs on its own for a few minutes:
/// deltas completed per integration and per minute (no backlog: each integration keeps up with its schedule), then
/// memory and CPU of the engine's process. In-memory record store.
/// </summary>
public static class EngineIntegrations
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var count = args.Int("integrations", 1000);
        var candidates = args.Int("candidates", 5);
        var minutes = args.Int("minutes", 3);
        var schedule = new SyncSchedule(TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));

        await using var simulator = await SimulatorProcess.StartAsync("--accounts", $"{count}", "--candidates", $"{candidates}", "--seed", "42");
        var self = Process.GetCurrentProcess();
        var baseline = Memory(self);
        await using var engine = await EngineHost.StartAsync();

        // Connecting starts each integration's first FULL; its delta reminder first fires a minute after connecting.
        var setup = Stopwatch.StartNew();
        var integrations = new IIntegrationGrain[count];
        var firstSyncs = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var account = simulator.Accounts[i];
            integrations[i] = engine.Integration($"smartrecruiters:bench-{i:D5}");
            await integrations[i].Connect(new IntegrationSetup(
                simulator.BaseAddress, new IntegrationCredentials(account.ApiKey), account.Identifier, Schedule: schedule));
            firstSyncs[i] = ((await integrations[i].GetSyncStatus()).Current ?? throw new InvalidOperationException("Connecting started no sync.")).SyncId;
        });
        var connected = setup.Elapsed;
        var fulls = await Task.WhenAll(integrations.Select((integration, i) => EngineHost.WaitAsync(integration, firstSyncs[i])));
        var setupTime = setup.Elapsed;

        // The measured window: the silo alone, syncing on its reminders.
        var windowStart = DateTimeOffset.UtcNow;
        var cpuStart = self.TotalProcessorTime;
        simulator.Process.Refresh();
        var simulatorCpuStart = simulator.Process.TotalProcessorTime;
        var window = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromMinutes(minutes));
        var windowEnd = DateTimeOffset.UtcNow;
        var elapsed = window.Elapsed;
        var cpu = (self.TotalProcessorTime - cpuStart) / elapsed;
        simulator.Process.Refresh();
        var simulatorCpu = (simulator.Process.TotalProcessorTime - simulatorCpuStart) / elapsed;
        var settled = Memory(self);

        var statuses = await Task.WhenAll(integrations.Select(i => i.GetSyncStatus()));
        var deltas = statuses.Select(s => s.History.Where(h => h.Kind == SyncKind.Delta && h.EndedAt >= windowStart && h.EndedAt <= windowEnd).ToList()).ToList();
        var perIntegration = deltas.Select(d => d.Count).ToList();
        var completed = perIntegration.Sum();
        var failed = deltas.Sum(d => d.Count(h => h.State is not (SyncState.Succeeded or SyncState.PartiallyFailed)));
        var durations = deltas.SelectMany(d => d).Select(h => (h.EndedAt - h.StartedAt)!.Value.TotalMilliseconds).Order().ToList();
        var behind = perIntegration.Count(n => n < minutes - 1);
        var requests = deltas.SelectMany(d => d).Sum(h => h.Usage.Requests);

        Console.WriteLine($"engine-integrations: {count} integrations of {candidates} candidates (one account and credential each, documented limits, no latency), DELTA every minute, one silo, in-memory record store");
        Console.WriteLine($"  setup: connected in {connected.TotalSeconds:N1} s, every first FULL done after {setupTime.TotalSeconds:N1} s ({fulls.Count(f => f.State == SyncState.Succeeded)} succeeded, {fulls.Sum(f => f.Usage.Requests):N0} requests)");
        Console.WriteLine($"  window {elapsed.TotalMinutes:N1} min: {completed} deltas completed = {completed / elapsed.TotalMinutes:N0}/min (schedule: {count}/min), {failed} not succeeded, {requests / (double)Math.Max(1, completed):N1} requests each");
        Console.WriteLine($"  per integration: min {perIntegration.Min()}, max {perIntegration.Max()} deltas; {behind} integrations with fewer than {minutes - 1} (target 0)");
        Console.WriteLine($"  delta duration p50 {Percentile(durations, 0.5):N0} ms, p99 {Percentile(durations, 0.99):N0} ms, max {(durations.Count > 0 ? durations[^1] : 0):N0} ms");
        Console.WriteLine($"  engine process CPU {cpu:N2} cores of {Environment.ProcessorCount} ({cpu / Environment.ProcessorCount:P0}); simulator process {simulatorCpu:N2} cores");
        Console.WriteLine($"  memory before the silo: working set {baseline.WorkingSet / 1e6:N0} MB, GC heap {baseline.Heap / 1e6:N0} MB");
        Console.WriteLine($"  memory after the window: working set {settled.WorkingSet / 1e6:N0} MB, GC heap {settled.Heap / 1e6:N0} MB (live after a full GC {settled.Live / 1e6:N0} MB)");
        simulator.Process.Refresh();
        Console.WriteLine($"  simulator process working set {simulator.Process.WorkingSet64 / 1e6:N0} MB");
        return behind == 0 && failed == 0 ? 0 : 1;
    }

    private static (long WorkingSet, long Heap, long Live) Memory(Process self)
    {
        // The heap as the GC last saw it (what the process holds), then what is still referenced after a full collection.
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        self.Refresh();
        return (self.WorkingSet64, heap, live);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
