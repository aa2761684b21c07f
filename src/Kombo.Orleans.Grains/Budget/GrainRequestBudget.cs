using Kombo.Orleans.SmartRecruiters.Budget;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>
/// The connector's <see cref="IRequestBudget"/> over a credential's <see cref="IApiBudgetGrain"/>, so every silo's
/// requests for that credential draw on one budget. It holds no grain state and only makes grain calls, so the
/// connector may call it from the thread pool as well as from a grain.
/// </summary>
public sealed class GrainRequestBudget : IRequestBudget
{
    /// <summary>How long one acquire call may wait in the grain: well inside Orleans' 30 s response timeout.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(10);

    private readonly IApiBudgetGrain _grain;
    private readonly TimeSpan _maxWait;

    /// <param name="budgetGrainKey">The grain key from <see cref="ApiBudgetKeys.For"/>.</param>
    public GrainRequestBudget(IGrainFactory grains, string budgetGrainKey, TimeSpan? maxWait = null)
        : this(grains.GetGrain<IApiBudgetGrain>(budgetGrainKey), maxWait)
    {
    }

    public GrainRequestBudget(IApiBudgetGrain grain, TimeSpan? maxWait = null)
    {
        ArgumentNullException.ThrowIfNull(grain);
        _grain = grain;
        _maxWait = maxWait ?? DefaultMaxWait;
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string endpoint, RateClass rateClass, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var call = _grain.Acquire(endpoint, (int)rateClass, _maxWait);
            long? leaseId;
            try
            {
                leaseId = await call.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The grain may still grant this wait: hand the permit straight back rather than leave it until reclaimed.
                _ = ReleaseWhenGrantedAsync(call);
                throw;
            }

            // Null: the wait ran out before a permit was free (or while paused); ask again.
            if (leaseId is { } id)
            {
                return new Lease(_grain, id);
            }
        }
    }

    public void Observe(string endpoint, RateClass rateClass, RateLimitObservation observation)
    {
        if (observation.Remaining is { } remaining)
        {
            Forget(_grain.Observe(endpoint, (int)rateClass, remaining));
        }
    }

    public void Throttled(TimeSpan? retryAfter) => Forget(_grain.Throttled(retryAfter));

    private async Task ReleaseWhenGrantedAsync(Task<long?> call)
    {
        try
        {
            if (await call is { } id)
            {
                await _grain.Release(id);
            }
        }
        catch (Exception)
        {
            // Nothing to do: the budget reclaims a lease nobody releases.
        }
    }

    // One-way calls complete on sending; a failure to send must not surface as an unobserved task exception.
    private static void Forget(Task task) => task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private sealed class Lease(IApiBudgetGrain grain, long id) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _released, 1) == 0 ? new ValueTask(grain.Release(id)) : ValueTask.CompletedTask;
    }
}
