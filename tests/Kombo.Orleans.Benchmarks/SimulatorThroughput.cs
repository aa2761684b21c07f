using System.Diagnostics;
using System.Text.Json;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// How many 100-record candidate pages per second the simulator serves with limits off, so it is
/// never the bottleneck of an engine benchmark. Clients walk the list by cursor, restarting at the end.
/// </summary>
public static class SimulatorThroughput
{
    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var seconds = args.Int("seconds", 10);
        var concurrency = args.Int("concurrency", 2);
        var accounts = args.Int("accounts", 1);
        var candidates = args.Int("candidates", 100_000);
        var limit = args.Int("limit", 100);

        var options = new SimulatorOptions { Candidates = candidates, Seed = 42, Accounts = accounts };
        options.RateLimits.Enabled = false;
        await using var simulator = await InProcessSimulator.StartAsync(options);
        var connections = new List<RawHttpConnection>();
        for (var i = 0; i < concurrency; i++)
        {
            // Workers are spread over the accounts, as an engine syncing several tenants spreads its requests.
            var account = simulator.Accounts.Accounts[i % accounts];
            connections.Add(await RawHttpConnection.ConnectAsync(simulator.BaseAddress, account.Credentials.First(c => c.ApiKey is not null).ApiKey!));
        }

        // Warm-up: JIT, caches, first pages.
        await RunAsync(connections, limit, TimeSpan.FromSeconds(2));
        var result = await RunAsync(connections, limit, TimeSpan.FromSeconds(seconds));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        Console.WriteLine($"simulator-throughput: {accounts} account(s) x {candidates:N0} candidates, limit={limit}, concurrency={concurrency}, {seconds}s, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  pages/s     {result.Requests / result.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"  records/s   {result.Records / result.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"  MB/s        {result.Bytes / result.Elapsed.TotalSeconds / 1_000_000:N1}");
        Console.WriteLine($"  latency p50 {Percentile(result.Latencies, 0.50):N2} ms, p99 {Percentile(result.Latencies, 0.99):N2} ms");
        Console.WriteLine($"  errors      {result.Errors}");
        return result.Errors == 0 ? 0 : 1;
    }

    private static async Task<Result> RunAsync(IReadOnlyList<RawHttpConnection> connections, int limit, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        var workers = connections.Select(async connection =>
        {
            var local = new Result();
            string? pageId = null;
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var url = pageId is null ? $"/candidates?limit={limit}" : $"/candidates?limit={limit}&pageId={Uri.EscapeDataString(pageId)}";
                var (status, body) = await connection.GetAsync(url);
                local.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status != 200)
                {
                    local.Errors++;
                    continue;
                }

                var (records, next) = ReadPage(body);
                local.Requests++;
                local.Bytes += body.Length;
                local.Records += records;
                pageId = next;
            }

            return local;
        });
        var results = await Task.WhenAll(workers);
        var total = new Result { Elapsed = stop.Elapsed };
        foreach (var r in results)
        {
            total.Requests += r.Requests;
            total.Records += r.Records;
            total.Bytes += r.Bytes;
            total.Errors += r.Errors;
            total.Latencies.AddRange(r.Latencies);
        }

        return total;
    }

    /// <summary>
    /// The cursor and the number of records of a page. The envelope is read with a forward-only
    /// reader up to <c>content</c>; records are counted by their <c>"internal":</c> key (only
    /// candidates carry it), so the client spends its time on transport, not on parsing.
    /// </summary>
    private static (int Records, string? Next) ReadPage(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span);
        string? next = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                if (reader.ValueTextEquals("nextPageId"u8))
                {
                    reader.Read();
                    next = reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } id ? id : null;
                }
                else if (reader.ValueTextEquals("content"u8))
                {
                    break;
                }
            }
        }

        var records = 0;
        var rest = body.Span[(int)reader.BytesConsumed..];
        for (var at = rest.IndexOf("\"internal\":"u8); at >= 0; at = rest.IndexOf("\"internal\":"u8))
        {
            records++;
            rest = rest[(at + 11)..];
        }

        return (records, next);
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Round(p * (values.Count - 1)))];
    }

    private sealed class Result
    {
        public long Requests;
        public long Records;
        public long Bytes;
        public long Errors;
        public TimeSpan Elapsed;
        public List<double> Latencies { get; } = [];
    }
}
