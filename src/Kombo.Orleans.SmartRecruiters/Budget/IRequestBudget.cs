namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>
/// One SmartRecruiters credential's request budget, shared by every caller of that credential.
/// The local implementation covers one process; the engine puts a cluster-wide one (a grain that
/// leases permits) behind the same contract, so callers on different silos share one budget.
/// </summary>
public interface IRequestBudget
{
    /// <summary>Waits for a permit to send one request to <paramref name="endpoint"/>; dispose the lease when the response is in.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string endpoint, RateClass rateClass, CancellationToken cancellationToken);

    /// <summary>Corrects the local view with what the server said remains.</summary>
    void Observe(string endpoint, RateClass rateClass, RateLimitObservation observation);

    /// <summary>The server answered 429: the whole credential backs off.</summary>
    void Throttled(TimeSpan? retryAfter);
}
