using Orleans.Concurrency;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>
/// One SmartRecruiters credential's request budget for the whole cluster (key: <see cref="ApiBudgetKeys"/>): every
/// model sync grain of that credential, on any silo, leases a permit here before each request, so together they
/// stay within SmartRecruiters' limits (10 requests/s per endpoint, 2/s on the slow ones, 8 in flight, 1
/// <c>GET /candidates</c> in flight). A 429 pauses the whole credential. Leases not released in time (a silo
/// died holding them) are reclaimed.
/// </summary>
[Alias("kombo.engine.api_budget")]
public interface IApiBudgetGrain : IGrainWithStringKey
{
    /// <summary>
    /// Waits up to <paramref name="maxWait"/> for a permit; returns its lease id, or null when the wait ran out (ask
    /// again: a grain call must not wait longer than Orleans' response timeout).
    /// </summary>
    /// <param name="rateClass">The connector's <c>RateClass</c> as a number.</param>
    [Alias("acquire"), AlwaysInterleave]
    Task<long?> Acquire(string endpoint, int rateClass, TimeSpan maxWait);

    /// <summary>The response of lease <paramref name="leaseId"/> is in.</summary>
    [Alias("release"), AlwaysInterleave, OneWay]
    Task Release(long leaseId);

    /// <summary>What SmartRecruiters' <c>X-RateLimit-Remaining</c> said for an endpoint.</summary>
    [Alias("observe"), AlwaysInterleave, OneWay]
    Task Observe(string endpoint, int rateClass, int remaining);

    /// <summary>SmartRecruiters answered 429: the credential pauses (for Retry-After when given).</summary>
    [Alias("throttled"), AlwaysInterleave, OneWay]
    Task Throttled(TimeSpan? retryAfter);

    /// <summary>Leases held now (for tests and the dashboard).</summary>
    [Alias("held"), AlwaysInterleave]
    Task<int> GetHeldLeases();

    /// <summary>Until when the credential is paused after a 429 (null when it is not): for the dashboard, and for tests to know a pause has landed.</summary>
    [Alias("paused_until"), AlwaysInterleave]
    Task<DateTimeOffset?> GetPausedUntil();

    /// <summary>
    /// Takes back the permits of leases older than the lease timeout now, instead of at the next timer tick; returns
    /// how many it took back (for tests and operators).
    /// </summary>
    [Alias("reclaim_expired"), AlwaysInterleave]
    Task<int> ReclaimExpired();
}
