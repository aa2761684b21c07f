using System.Diagnostics;
using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// Cost of producing candidates that are not in the list cache: generating them from their index,
/// and serializing their list entries. Bounds how fast a first walk over a large account can go.
/// </summary>
public static class SimulatorGeneration
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var count = args.Int("candidates", 50_000);
        var options = new SimulatorOptions { Candidates = count, Seed = 42 };
        await using var simulator = await InProcessSimulator.StartAsync(options);
        var account = simulator.Accounts.Accounts[0];

        for (var i = 0; i < 2_000; i++)
        {
            account.Candidates.Get(i); // warm-up
        }

        var generate = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            account.Candidates.Get(i);
        }

        generate.Stop();
        long bytes = 0;
        var serialize = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var candidate = account.Candidates.Get(i)!;
            bytes += CandidateListEntryWriter.Serialize(candidate, "http://127.0.0.1:5090", account.JobsById).Length;
        }

        serialize.Stop();
        Console.WriteLine($"simulator-generation: {count:N0} candidates");
        Console.WriteLine($"  generate          {generate.Elapsed.TotalMicroseconds / count:N1} µs per candidate ({count / generate.Elapsed.TotalSeconds:N0}/s)");
        Console.WriteLine($"  generate + entry  {serialize.Elapsed.TotalMicroseconds / count:N1} µs per candidate, {bytes / count:N0} bytes per entry");
        return 0;
    }
}
