using System.Diagnostics;
using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// How much of SmartRecruiters' budget the connector uses: a walk of every candidate's details with
/// the simulator at its documented limits and a fixed network latency, by the connector (budget +
/// pipeline, up to 8 in flight) and, in the same run, by a naive sequential client.
/// </summary>
public static class ConnectorBudget
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var candidates = args.Int("candidates", 300);
        var latency = args.Int("latency-ms", 300);
        var options = new SimulatorOptions { Candidates = candidates, Seed = 42 };
        options.Latency.FixedMilliseconds = latency;
        await using var simulator = await InProcessSimulator.StartAsync(options);

        // The ids come first, outside the measurement (with limits off, so the list walk costs nothing here).
        options.RateLimits.Enabled = false;
        var ids = await ListIdsAsync(simulator);
        options.RateLimits.Enabled = true;
        var traffic = simulator.Traffic.For(simulator.Accounts.Accounts[0]);

        traffic.Reset();
        var connector = await MeasureAsync(ids, async (id, ct) =>
        {
            await Connector.Value(simulator).CandidateAsync(id, ct);
        }, parallelism: 16);
        var connector429 = traffic.Endpoints.Values.Sum(e => e.RateLimited);

        traffic.Reset();
        using var naive = simulator.CreateClient();
        var naiveRun = await MeasureAsync(ids.Take(Math.Min(ids.Count, 60)).ToList(), async (id, ct) =>
        {
            using var response = await naive.GetAsync($"/candidates/{id}", ct);
            response.EnsureSuccessStatusCode();
        }, parallelism: 1);
        var naive429 = traffic.Endpoints.Values.Sum(e => e.RateLimited);

        Console.WriteLine($"connector-budget: {ids.Count} candidate details, simulator at documented limits (10/s), latency {latency} ms");
        Console.WriteLine($"  connector        {connector.Rate:N2} req/s = {connector.Rate / 10:P1} of the budget, {connector429} self-caused 429, {connector.Elapsed.TotalSeconds:N1} s");
        Console.WriteLine($"  naive sequential {naiveRun.Rate:N2} req/s = {naiveRun.Rate / 10:P1} of the budget, {naive429} self-caused 429 ({naiveRun.Count} requests)");
        return connector.Rate / 10 >= 0.95 && connector429 == 0 ? 0 : 1;
    }

    private static async Task<List<string>> ListIdsAsync(InProcessSimulator simulator)
    {
        var client = Connector.Value(simulator);
        var ids = new List<string>();
        await foreach (var page in client.CandidatesAsync(null, CancellationToken.None))
        {
            ids.AddRange(page.Records.Select(r => r.Id!));
        }

        return ids;
    }

    private static async Task<(double Rate, TimeSpan Elapsed, int Count)> MeasureAsync(IReadOnlyList<string> ids, Func<string, CancellationToken, Task> fetch, int parallelism)
    {
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (id, ct) => await fetch(id, ct));
        var elapsed = started.Elapsed;
        return (ids.Count / elapsed.TotalSeconds, elapsed, ids.Count);
    }

    /// <summary>One connector client per simulator, as the engine holds one per integration.</summary>
    private static class Connector
    {
        private static SmartRecruitersClient? _client;

        public static SmartRecruitersClient Value(InProcessSimulator simulator)
        {
            if (_client is null)
            {
                var connection = new SmartRecruitersConnection(simulator.BaseAddress, SmartRecruitersCredentials.FromApiKey(simulator.ApiKey));
                var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
                _client = new SmartRecruitersClient(new SmartRecruitersHttp(http, connection, new ApiKeyAuthenticator(simulator.ApiKey), new LocalRequestBudget()));
            }

            return _client;
        }
    }
}
