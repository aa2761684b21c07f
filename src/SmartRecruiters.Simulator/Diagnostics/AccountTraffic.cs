using System.Collections.Concurrent;

namespace SmartRecruiters.Simulator.Diagnostics;

/// <summary>Per-endpoint counters and a bounded log of the most recent requests, for one account.</summary>
public sealed class AccountTraffic
{
    public const int LogCapacity = 10_000;

    private readonly ConcurrentDictionary<string, EndpointCounters> _endpoints = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RequestLogEntry> _log = new();
    private int _logCount;

    public IReadOnlyDictionary<string, EndpointCounters> Endpoints => _endpoints;

    public IEnumerable<RequestLogEntry> Log => _log;

    public void Record(RequestLogEntry entry)
    {
        _endpoints.GetOrAdd(entry.Endpoint, _ => new EndpointCounters()).Record(entry.Status, entry.Outcome);
        _log.Enqueue(entry);
        if (Interlocked.Increment(ref _logCount) > LogCapacity && _log.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _logCount);
        }
    }

    public void Reset()
    {
        _endpoints.Clear();
        _log.Clear();
        Interlocked.Exchange(ref _logCount, 0);
    }
}
