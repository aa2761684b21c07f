using System.Diagnostics;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// Runs <c>clients</c> concurrent loops of one page reader: a warm-up whose requests are not counted, then a fixed
/// window in which every completed request's latency is kept. A request still in flight when the window closes is
/// finished but not counted, so the window holds only whole requests.
/// </summary>
public static class MeasuredWindow
{
    /// <param name="readPage">Reads one page for a client; its state (cursor, connection) lives in the closure.</param>
    public static async Task<LatencySummary> RunAsync(int clients, TimeSpan warmUp, TimeSpan window, Func<int, Func<Task>> readPage)
    {
        var samples = Enumerable.Range(0, clients).Select(_ => new List<double>(100_000)).ToArray();
        long errors = 0;
        var measuring = false;
        var stop = false;
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var read = readPage(client);
            while (!Volatile.Read(ref stop))
            {
                var counted = Volatile.Read(ref measuring);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await read();
                }
                catch (Exception e) when (e is HttpRequestException or Npgsql.NpgsqlException or InvalidOperationException)
                {
                    if (Interlocked.Increment(ref errors) == 1)
                    {
                        Console.Error.WriteLine($"  first error: {e.Message}");
                    }

                    continue;
                }

                var elapsed = Stopwatch.GetElapsedTime(started);
                if (counted && Volatile.Read(ref measuring))
                {
                    samples[client].Add(elapsed.TotalMilliseconds);
                }
            }
        })).ToArray();

        await Task.Delay(warmUp);
        Interlocked.Exchange(ref errors, 0);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        Volatile.Write(ref measuring, false);
        var measured = clock.Elapsed;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        return new LatencySummary(samples, measured, Interlocked.Read(ref errors));
    }
}
