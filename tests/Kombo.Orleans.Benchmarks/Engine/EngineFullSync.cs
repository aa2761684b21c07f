using System.Diagnostics;
using Kombo.Orleans.Abstractions.Sync;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// One FULL sync through the engine (one silo, in-memory record store) of a generated account, with the simulator at
/// SmartRecruiters' documented limits and a fixed latency: wall time, requests against the fewest the dataset needs
/// (<see cref="FetchPlan"/>), self-caused 429s, and the share of the budget used against <see cref="RequestBound"/>.
/// </summary>
public static class EngineFullSync
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var candidates = args.Int("candidates", 200);
        var latency = TimeSpan.FromMilliseconds(args.Int("latency-ms", 300));
        var options = new SimulatorOptions { Candidates = candidates, Seed = 42 };
        options.Latency.FixedMilliseconds = (int)latency.TotalMilliseconds;
        await using var simulator = await InProcessSimulator.StartAsync(options);
        await using var engine = await EngineHost.StartAsync();

        var account = simulator.Accounts.Accounts[0];
        var plan = FetchPlan.Of(account);
        var traffic = simulator.Traffic.For(account);
        traffic.Reset();

        var integration = engine.Integration("smartrecruiters:bench-full");
        var started = Stopwatch.StartNew();
        await integration.Connect(new IntegrationSetup(simulator.BaseAddress, new IntegrationCredentials(simulator.ApiKey), account.Identifier));
        var sync = (await integration.GetSyncStatus()).Current ?? throw new InvalidOperationException("Connecting started no sync.");
        var summary = await EngineHost.WaitAsync(integration, sync.SyncId);
        var wall = started.Elapsed;
        var status = await integration.GetSyncStatus();

        var sent = traffic.Endpoints.ToDictionary(e => e.Key, e => e.Value.Requests, StringComparer.Ordinal);
        var simulatorRequests = sent.Values.Sum();
        var selfCaused429 = traffic.Endpoints.Values.Sum(e => e.RateLimited);
        var bound = RequestBound.Of(sent, latency);
        var modelBounds = sent.GroupBy(e => RequestBound.ModelOf(e.Key))
            .ToDictionary(g => g.Key, g => RequestBound.Of(g, latency), StringComparer.Ordinal);
        var sequentialBound = TimeSpan.FromTicks(modelBounds.Values.Sum(b => b.Ticks));
        var ratio = summary.Usage.Requests / (double)plan.Total;
        var utilisation = bound / wall;

        Console.WriteLine($"engine-full-sync: {candidates} candidates ({plan.Endpoints["GET /candidates/{id}"]} listed), simulator at documented limits, latency {latency.TotalMilliseconds} ms, in-memory record store");
        Console.WriteLine($"  sync {summary.State}: wall {wall.TotalSeconds:N1} s; added {summary.Counts.Added}, failed {summary.Counts.Failed}");
        Console.WriteLine($"  requests: engine {summary.Usage.Requests} (429 seen {summary.Usage.RateLimited}, budget wait {summary.Usage.BudgetWait.TotalSeconds:N0} s summed), simulator {simulatorRequests}, self-caused 429 {selfCaused429}");
        Console.WriteLine($"  minimum for the dataset {plan.Total}: ratio {ratio:N3} (target <= 1.05)");
        Console.WriteLine($"  achieved {simulatorRequests / wall.TotalSeconds:N2} req/s; limits allow at most {simulatorRequests / bound.TotalSeconds:N2} req/s for this mix (bound {bound.TotalSeconds:N1} s): utilisation {utilisation:P1} (target >= 95 %)");
        Console.WriteLine($"  with models in order (sum of per-model bounds {sequentialBound.TotalSeconds:N1} s): {sequentialBound / wall:P1}");
        Console.WriteLine($"  {"endpoint",-56} {"sent",6} {"minimum",7}");
        foreach (var endpoint in sent.Keys.Union(plan.Endpoints.Keys).Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"  {endpoint,-56} {sent.GetValueOrDefault(endpoint),6} {plan.Endpoints.GetValueOrDefault(endpoint),7}");
        }

        Console.WriteLine($"  {"model",-20} {"wall s",7} {"bound s",8} {"requests",9} {"budget wait s",14}");
        foreach (var model in status.Models)
        {
            var modelWall = model.EndedAt - model.StartedAt ?? TimeSpan.Zero;
            Console.WriteLine($"  {model.Model,-20} {modelWall.TotalSeconds,7:N1} {modelBounds.GetValueOrDefault(model.Model).TotalSeconds,8:N1} {model.Usage.Requests,9} {model.Usage.BudgetWait.TotalSeconds,14:N1}");
        }

        return summary.State == SyncState.Succeeded && selfCaused429 == 0 && ratio <= 1.05 && utilisation >= 0.95 ? 0 : 1;
    }
}
