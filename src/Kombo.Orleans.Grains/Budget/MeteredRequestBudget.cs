using System.Diagnostics;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.SmartRecruiters.Budget;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>
/// Counts what one run spends of a credential's budget: every permit is one request sent (retries included),
/// every <see cref="Throttled"/> one 429 seen, and the time spent waiting for permits.
/// </summary>
public sealed class MeteredRequestBudget(IRequestBudget inner) : IRequestBudget
{
    private long _requests;
    private long _rateLimited;
    private long _waitTicks;

    public RequestUsage Usage => new(Interlocked.Read(ref _requests), Interlocked.Read(ref _rateLimited), TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks)));

    public async ValueTask<IAsyncDisposable> AcquireAsync(string endpoint, RateClass rateClass, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var lease = await inner.AcquireAsync(endpoint, rateClass, cancellationToken);
        Interlocked.Add(ref _waitTicks, Stopwatch.GetElapsedTime(started).Ticks);
        Interlocked.Increment(ref _requests);
        return lease;
    }

    public void Observe(string endpoint, RateClass rateClass, RateLimitObservation observation) => inner.Observe(endpoint, rateClass, observation);

    public void Throttled(TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref _rateLimited);
        inner.Throttled(retryAfter);
    }
}
