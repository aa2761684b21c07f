using System.Diagnostics;
using SmartRecruiters.Simulator.Hosting;
using CandidateListCache = global::SmartRecruiters.Simulator.Api.Candidates.CandidateListCache;
using IdCodec = global::SmartRecruiters.Simulator.Data.Generation.IdCodec;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// Memory of a large simulated account: starts one with a million candidates, touches candidates
/// across the whole range (list pages, details, a full delta query), and reports the managed heap
/// and the process working set.
/// </summary>
public static class SimulatorMemory
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var candidates = args.Int("candidates", 1_000_000);
        var options = new SimulatorOptions { Candidates = candidates, Seed = 42 };
        options.RateLimits.Enabled = false;
        var started = Stopwatch.StartNew();
        await using var simulator = await InProcessSimulator.StartAsync(options);
        var startup = started.Elapsed;
        using var http = simulator.CreateClient();

        var first = await http.GetStringAsync("/candidates?limit=100");
        var delta = Stopwatch.StartNew();
        var recent = await http.GetStringAsync($"/candidates?limit=100&updatedAfter={Uri.EscapeDataString(options.DataAsOf.AddDays(-1).ToString("O"))}");
        var deltaTime = delta.Elapsed;
        var account = simulator.Accounts.Accounts[0];
        var step = Math.Max(1, candidates / 1000);
        for (var i = 0; i < candidates; i += step)
        {
            var id = account.Ids.Encode(IdCodec.Candidate, i);
            (await http.GetAsync($"/candidates/{id}")).EnsureSuccessStatusCode();
        }

        // Walk enough list pages to fill the list-entry cache to its bound.
        var walked = 0;
        string? pageId = null;
        var walk = Stopwatch.StartNew();
        while (walked < 300_000)
        {
            var page = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("/candidates?limit=100" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId))))!;
            walked += page["content"]!.AsArray().Count;
            pageId = page["nextPageId"]?.GetValue<string>();
        }

        var walkTime = walk.Elapsed;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0;
        var workingSetMb = Process.GetCurrentProcess().WorkingSet64 / 1_048_576.0;
        Console.WriteLine($"simulator-memory: {candidates:N0} candidates, {account.Jobs.Count:N0} jobs, {account.Users.Count:N0} users");
        Console.WriteLine($"  startup           {startup.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  first page        {first.Length:N0} bytes");
        Console.WriteLine($"  delta (1 day) page {deltaTime.TotalMilliseconds:N0} ms, {recent.Length:N0} bytes (first call computes totalFound over the account)");
        Console.WriteLine($"  cold walk         {walked:N0} candidates in {walkTime.TotalSeconds:N1} s ({walked / walkTime.TotalSeconds:N0}/s, cache bound {CandidateListCache.Capacity:N0} entries)");
        Console.WriteLine($"  managed heap      {heapMb:N0} MB");
        Console.WriteLine($"  working set       {workingSetMb:N0} MB");
        return workingSetMb < 1024 ? 0 : 1;
    }
}
