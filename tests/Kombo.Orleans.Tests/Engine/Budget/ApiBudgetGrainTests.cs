namespace Kombo.Orleans.Tests.Engine.Budget;

using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>
/// The cluster-wide budget: connectors on two silos share one credential's grain. Waits that must not end are
/// shown with the grain's own maxWait returning null while the fake clock stands still, never with wall-clock
/// thresholds.
/// </summary>
[Collection(BudgetClusterCollection.Name)]
public sealed class ApiBudgetGrainTests(BudgetClusterFixture fixture)
{
    private const string Jobs = "/jobs";
    private const string Candidates = "/candidates";
    private static readonly TimeSpan ShortWait = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Callers_on_two_silos_never_hold_more_than_the_concurrency_limit_together()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        IRequestBudget[] budgets = [fixture.BudgetOnSilo(0, key), fixture.BudgetOnSilo(1, key)];
        var grain = fixture.Grain(key);
        var held = 0;
        var most = 0;

        async Task Work(IRequestBudget budget)
        {
            for (var i = 0; i < 8; i++)
            {
                await using var lease = await budget.AcquireAsync(Jobs, RateClass.Normal, Cancel);
                RaiseTo(ref most, Interlocked.Increment(ref held));

                // The "request": a grain round trip, about as long as a grant takes to reach another caller.
                await grain.GetHeldLeases();
                Interlocked.Decrement(ref held);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Work(budgets[i % 2]))).WaitAsync(Patience, Cancel);

        Assert.InRange(most, 1, BudgetClusterFixture.Limits.ConcurrentRequests);
    }

    [Fact]
    public async Task A_caller_beyond_the_limit_waits_until_a_caller_on_the_other_silo_releases()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var first = fixture.BudgetOnSilo(0, key);
        var second = fixture.BudgetOnSilo(1, key);
        var grain = fixture.Grain(key);

        var released = await first.AcquireAsync(Jobs, RateClass.Normal, Cancel);
        await first.AcquireAsync("/offers", RateClass.Slow, Cancel);
        await second.AcquireAsync(Jobs, RateClass.Normal, Cancel);
        Assert.Equal(3, await grain.GetHeldLeases());
        Assert.Null(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));

        var waiting = second.AcquireAsync("/users", RateClass.Normal, Cancel).AsTask();
        await grain.GetHeldLeases();
        Assert.False(waiting.IsCompleted);

        await released.DisposeAsync();
        await waiting.WaitAsync(Patience, Cancel);
        Assert.Equal(3, await grain.GetHeldLeases());
    }

    [Fact]
    public async Task Acquire_returns_null_when_the_budget_stays_exhausted_for_max_wait()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var grain = fixture.Grain(key);
        for (var i = 0; i < BudgetClusterFixture.Limits.ConcurrentRequests; i++)
        {
            Assert.NotNull(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        }

        Assert.Null(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        Assert.Null(await grain.Acquire(Jobs, (int)RateClass.Normal, TimeSpan.Zero));
        Assert.Equal(BudgetClusterFixture.Limits.ConcurrentRequests, await grain.GetHeldLeases());
    }

    [Fact]
    public async Task Candidate_searches_run_one_at_a_time_across_silos_while_other_requests_go_on()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var first = fixture.BudgetOnSilo(0, key);
        var second = fixture.BudgetOnSilo(1, key);
        var grain = fixture.Grain(key);

        var search = await first.AcquireAsync(Candidates, RateClass.CandidateSearch, Cancel);
        Assert.Null(await grain.Acquire(Candidates, (int)RateClass.CandidateSearch, ShortWait));
        await using (await second.AcquireAsync(Jobs, RateClass.Normal, Cancel))
        {
            Assert.Equal(2, await grain.GetHeldLeases());
        }

        var waiting = second.AcquireAsync(Candidates, RateClass.CandidateSearch, Cancel).AsTask();
        await search.DisposeAsync();
        await (await waiting.WaitAsync(Patience, Cancel)).DisposeAsync();

        var searching = 0;
        var most = 0;
        IRequestBudget[] budgets = [first, second];
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            for (var n = 0; n < 4; n++)
            {
                await using var lease = await budgets[i % 2].AcquireAsync(Candidates, RateClass.CandidateSearch, Cancel);
                RaiseTo(ref most, Interlocked.Increment(ref searching));
                await grain.GetHeldLeases();
                Interlocked.Decrement(ref searching);
            }
        })).WaitAsync(Patience, Cancel);

        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_429_seen_on_one_silo_pauses_every_caller_until_retry_after_has_passed()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var first = fixture.BudgetOnSilo(0, key);
        var second = fixture.BudgetOnSilo(1, key);
        var grain = fixture.Grain(key);
        Assert.Null(await grain.GetPausedUntil());

        first.Throttled(TimeSpan.FromSeconds(30));
        await UntilAsync(async () => await grain.GetPausedUntil() is not null, "the 429 to reach the budget grain");

        // The fake clock stands still, so the pause cannot end: the wait runs out on every endpoint and class.
        Assert.Null(await grain.Acquire("/users", (int)RateClass.Normal, ShortWait));
        Assert.Null(await grain.Acquire(Candidates, (int)RateClass.CandidateSearch, ShortWait));
        var waiting = second.AcquireAsync(Jobs, RateClass.Normal, Cancel).AsTask();
        await grain.GetHeldLeases();
        Assert.False(waiting.IsCompleted);

        fixture.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(await grain.Acquire("/users", (int)RateClass.Normal, ShortWait));
        Assert.False(waiting.IsCompleted);

        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(Patience, Cancel);
        Assert.Null(await grain.GetPausedUntil());
        Assert.Equal(1, await grain.GetHeldLeases());
    }

    [Fact]
    public async Task Reclaiming_takes_back_only_leases_older_than_the_lease_timeout()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var grain = fixture.Grain(key);
        var timeout = BudgetClusterFixture.LeaseTimeout;

        Assert.NotNull(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        fixture.Time.Advance(timeout / 2);
        Assert.NotNull(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        Assert.Equal(0, await grain.ReclaimExpired());
        Assert.Equal(2, await grain.GetHeldLeases());

        // Past the first lease's timeout only. The grain timer may get there before the explicit call; either way
        // exactly the old lease is gone.
        fixture.Time.Advance(timeout / 2 + TimeSpan.FromSeconds(1));
        await grain.ReclaimExpired();
        Assert.Equal(1, await grain.GetHeldLeases());
    }

    [Fact]
    public async Task Permits_of_a_holder_that_never_releases_return_to_waiting_callers_on_the_timer()
    {
        var key = BudgetClusterFixture.NewBudgetKey();
        var grain = fixture.Grain(key);
        var lost = new List<long>();
        for (var i = 0; i < BudgetClusterFixture.Limits.ConcurrentRequests; i++)
        {
            lost.Add((await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait))!.Value);
        }

        var waiting = fixture.BudgetOnSilo(1, key).AcquireAsync(Jobs, RateClass.Normal, Cancel).AsTask();
        fixture.Time.Advance(BudgetClusterFixture.LeaseTimeout);

        // No explicit reclaim: only the grain timer, which ticks as the fake clock moves a tick period at a time.
        await UntilAsync(async () =>
        {
            fixture.Time.Advance(BudgetClusterFixture.LeaseTimeout / 4);
            await grain.GetHeldLeases();
            return waiting.IsCompleted;
        }, "the timer to reclaim the lost leases");
        await waiting;

        // A late release of a reclaimed lease frees nothing: two more permits remain, and no third.
        foreach (var id in lost)
        {
            await grain.Release(id);
        }

        Assert.NotNull(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        Assert.NotNull(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
        Assert.Null(await grain.Acquire(Jobs, (int)RateClass.Normal, ShortWait));
    }

    private static void RaiseTo(ref int most, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, value, seen) != seen)
        {
        }
    }

    // A phase barrier: each probe is a grain round trip, so this waits on the grain's progress, not on a clock.
    private static async Task UntilAsync(Func<Task<bool>> probe, string what)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await probe())
            {
                return;
            }
        }

        Assert.Fail($"Gave up waiting for {what}.");
    }
}
