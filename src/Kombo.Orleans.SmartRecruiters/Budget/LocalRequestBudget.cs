using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>
/// A credential's budget inside one process, on System.Threading.RateLimiting: a token bucket per
/// endpoint (10/s, 2/s on the slow ones), a concurrency limit for the credential (8) and one for
/// candidate searches (1), and a credential-wide pause after a 429. Waiters queue in arrival order.
/// </summary>
public sealed class LocalRequestBudget : IRequestBudget, IAsyncDisposable
{
    private readonly RequestBudgetLimits _limits;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrencyLimiter _concurrency;
    private readonly ConcurrencyLimiter _searches;
    private long _pausedUntilTicks;

    public LocalRequestBudget(RequestBudgetLimits? limits = null, TimeProvider? time = null)
    {
        _limits = limits ?? RequestBudgetLimits.SmartRecruiters;
        _time = time ?? TimeProvider.System;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.ConcurrentRequests, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _searches = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.ConcurrentCandidateSearches, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string endpoint, RateClass rateClass, CancellationToken cancellationToken)
    {
        await WaitWhilePausedAsync(cancellationToken);

        // The search slot first: holding a general slot while queueing for the search one would starve others.
        var search = rateClass == RateClass.CandidateSearch ? await LeaseAsync(_searches, cancellationToken) : null;
        RateLimitLease? slot = null;
        try
        {
            slot = await LeaseAsync(_concurrency, cancellationToken);
            using var token = await Bucket(endpoint, rateClass).AcquireAsync(1, cancellationToken);
            if (!token.IsAcquired)
            {
                throw new InvalidOperationException($"The rate limiter for {endpoint} refused a permit.");
            }

            // A 429 seen while this request queued pauses it too.
            await WaitWhilePausedAsync(cancellationToken);
            return new Lease(slot, search);
        }
        catch
        {
            slot?.Dispose();
            search?.Dispose();
            throw;
        }
    }

    public void Observe(string endpoint, RateClass rateClass, RateLimitObservation observation)
    {
        if (observation.Remaining is not { } remaining)
        {
            return;
        }

        // The server knows better (another process may share the credential): never hold more than it says remains.
        var bucket = Bucket(endpoint, rateClass);
        var excess = bucket.GetStatistics()?.CurrentAvailablePermits - remaining;
        for (var i = 0; i < excess; i++)
        {
            using var drained = bucket.AttemptAcquire(1);
            if (!drained.IsAcquired)
            {
                break;
            }
        }
    }

    public void Throttled(TimeSpan? retryAfter)
    {
        var until = (_time.GetUtcNow() + (retryAfter ?? _limits.ThrottlePause)).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bucket in _buckets.Values)
        {
            await bucket.DisposeAsync();
        }

        await _concurrency.DisposeAsync();
        await _searches.DisposeAsync();
    }

    private TokenBucketRateLimiter Bucket(string endpoint, RateClass rateClass) => _buckets.GetOrAdd(endpoint, _ =>
    {
        var rate = rateClass == RateClass.Slow ? _limits.SlowRequestsPerSecond : _limits.RequestsPerSecond;
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Min(_limits.Burst, rate),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / rate),
            AutoReplenishment = true,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    });

    private async ValueTask WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private static async ValueTask<RateLimitLease> LeaseAsync(ConcurrencyLimiter limiter, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? lease : throw new InvalidOperationException("The concurrency limiter refused a permit.");
    }

    private sealed class Lease(RateLimitLease slot, RateLimitLease? search) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slot.Dispose();
                search?.Dispose();
            }

            return ValueTask.CompletedTask;
        }
    }
}
