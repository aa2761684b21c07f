using Kombo.Orleans.SmartRecruiters.Budget;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>
/// One credential's request budget for the whole cluster: a <see cref="LocalRequestBudget"/> hosted in one
/// activation, with its permits handed out as leases that callers on any silo release by id. Reentrant, because
/// acquisitions wait inside the grain and must not block releases, observations or 429s. Nothing is persisted: a
/// new activation starts with a full budget, which errs by at most one burst and is corrected by the server's headers.
/// </summary>
[Reentrant]
[GrainType("kombo-api-budget")]
public sealed partial class ApiBudgetGrain(IOptions<ApiBudgetOptions> options, TimeProvider time, ILogger<ApiBudgetGrain> logger)
    : Grain, IApiBudgetGrain
{
    private readonly Dictionary<long, HeldLease> _leases = [];
    private readonly ApiBudgetOptions _options = options.Value;
    private LocalRequestBudget? _budget;
    private long _lastLeaseId;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    private LocalRequestBudget Budget => _budget ?? throw new InvalidOperationException("The budget grain is not active.");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_options.LeaseTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(ApiBudgetOptions)}.{nameof(ApiBudgetOptions.LeaseTimeout)} must be positive.");
        }

        _budget = new LocalRequestBudget(_options.Limits, time);

        // A few ticks per timeout keep a dead silo's permits away for at most a quarter longer than the timeout;
        // interleaved so a tick never waits behind acquisitions that are themselves waiting for those permits.
        var period = TimeSpan.FromTicks(Math.Max(_options.LeaseTimeout.Ticks / 4, TimeSpan.TicksPerSecond));
        this.RegisterGrainTimer(static self => self.ReclaimExpired(), this, new GrainTimerCreationOptions(period, period) { Interleave = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var held in _leases.Values)
        {
            await held.Lease.DisposeAsync();
        }

        _leases.Clear();
        if (_budget is { } budget)
        {
            _budget = null;
            await budget.DisposeAsync();
        }
    }

    public async Task<long?> Acquire(string endpoint, int rateClass, TimeSpan maxWait)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        if (!Enum.IsDefined((RateClass)rateClass))
        {
            throw new ArgumentOutOfRangeException(nameof(rateClass), rateClass, "Not a known rate class.");
        }

        // Wall-clock on purpose: maxWait keeps this call inside Orleans' response timeout, which is wall-clock too.
        using var timeout = new CancellationTokenSource(maxWait < TimeSpan.Zero && maxWait != Timeout.InfiniteTimeSpan ? TimeSpan.Zero : maxWait);
        IAsyncDisposable lease;
        try
        {
            lease = await Budget.AcquireAsync(endpoint, (RateClass)rateClass, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return null;
        }

        // Turns of this activation never run in parallel, so the id and the table need no locking.
        var id = ++_lastLeaseId;
        _leases[id] = new HeldLease(lease, time.GetUtcNow());
        return id;
    }

    public async Task Release(long leaseId)
    {
        // An unknown id was reclaimed already (its holder was too slow), or belongs to a previous activation.
        if (_leases.Remove(leaseId, out var held))
        {
            await held.Lease.DisposeAsync();
        }
    }

    public Task Observe(string endpoint, int rateClass, int remaining)
    {
        Budget.Observe(endpoint, (RateClass)rateClass, new RateLimitObservation(null, remaining, null, null));
        return Task.CompletedTask;
    }

    public Task Throttled(TimeSpan? retryAfter)
    {
        var until = time.GetUtcNow() + (retryAfter ?? _options.Limits.ThrottlePause);
        if (until > _pausedUntil)
        {
            _pausedUntil = until;
        }

        Budget.Throttled(retryAfter);
        LogThrottled(logger, this.GetPrimaryKeyString(), _pausedUntil);
        return Task.CompletedTask;
    }

    public Task<int> GetHeldLeases() => Task.FromResult(_leases.Count);

    public Task<DateTimeOffset?> GetPausedUntil() =>
        Task.FromResult<DateTimeOffset?>(_pausedUntil > time.GetUtcNow() ? _pausedUntil : null);

    public async Task<int> ReclaimExpired()
    {
        // Taken out of the table before any await, so a release of the same id arriving meanwhile finds nothing to dispose.
        var cutoff = time.GetUtcNow() - _options.LeaseTimeout;
        var expired = _leases.Where(entry => entry.Value.AcquiredAt <= cutoff).ToList();
        foreach (var entry in expired)
        {
            _leases.Remove(entry.Key);
        }

        foreach (var entry in expired)
        {
            await entry.Value.Lease.DisposeAsync();
        }

        if (expired.Count > 0)
        {
            LogReclaimed(logger, this.GetPrimaryKeyString(), expired.Count, _options.LeaseTimeout);
        }

        return expired.Count;
    }

    [LoggerMessage(LogLevel.Information, "Request budget {BudgetKey} paused after a 429 until {PausedUntil}")]
    private static partial void LogThrottled(ILogger logger, string budgetKey, DateTimeOffset pausedUntil);

    [LoggerMessage(LogLevel.Warning, "Request budget {BudgetKey} reclaimed {Count} leases held longer than {LeaseTimeout}: their holders did not release them (a silo died?)")]
    private static partial void LogReclaimed(ILogger logger, string budgetKey, int count, TimeSpan leaseTimeout);

    private sealed record HeldLease(IAsyncDisposable Lease, DateTimeOffset AcquiredAt);
}
