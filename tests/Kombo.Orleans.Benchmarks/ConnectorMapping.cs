using System.Diagnostics;
using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// Mapping throughput on one core: candidate details (as the simulator returns them, read into
/// DTOs once) mapped to unified candidates, over and over on a single thread.
/// </summary>
public static class ConnectorMapping
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var distinct = args.Int("candidates", 2_000);
        var seconds = args.Int("seconds", 5);
        var options = new SimulatorOptions { Candidates = distinct, Seed = 42 };
        options.RateLimits.Enabled = false;
        List<CandidateDetailsDto> candidates;
        await using (var simulator = await InProcessSimulator.StartAsync(options))
        {
            candidates = await FetchAsync(simulator, distinct);
        }

        var context = new MappingContext("smartrecruiters:benchmark", DateTimeOffset.UtcNow);
        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        MapAll(candidates, context, TimeSpan.FromSeconds(1)); // warm-up: JIT, tiering
        var (mapped, elapsed) = MapAll(candidates, context, TimeSpan.FromSeconds(seconds));

        var rate = mapped / elapsed.TotalSeconds;
        Console.WriteLine($"connector-mapping: {candidates.Count:N0} distinct candidate details, one thread, {seconds}s");
        Console.WriteLine($"  candidates/s   {rate:N0}");
        Console.WriteLine($"  per candidate  {elapsed.TotalMicroseconds / mapped:N2} µs");
        return rate >= 50_000 ? 0 : 1;
    }

    private static (long Mapped, TimeSpan Elapsed) MapAll(List<CandidateDetailsDto> candidates, MappingContext context, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        long mapped = 0;
        while (clock.Elapsed < duration)
        {
            foreach (var candidate in candidates)
            {
                _ = CandidateMapper.Map(context, candidate);
            }

            mapped += candidates.Count;
        }

        return (mapped, clock.Elapsed);
    }

    private static async Task<List<CandidateDetailsDto>> FetchAsync(InProcessSimulator simulator, int count)
    {
        using var http = simulator.CreateClient();
        var account = simulator.Accounts.Accounts[0];
        var result = new List<CandidateDetailsDto>(count);
        for (var i = 0; i < count; i++)
        {
            var id = account.Ids.Encode(global::SmartRecruiters.Simulator.Data.Generation.IdCodec.Candidate, i);
            var json = await http.GetStringAsync($"/candidates/{id}");
            result.Add(JsonSerializer.Deserialize<CandidateDetailsDto>(json, SmartRecruitersJson.Options)!);
        }

        return result;
    }
}
