namespace Kombo.Orleans.Tests.Engine.Budget;

using System.Collections.Concurrent;
using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>The connector-side adapter against a scripted grain: what it asks, how often, and what it releases.</summary>
public sealed class GrainRequestBudgetTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acquire_asks_again_after_each_wait_that_ran_out_and_passes_the_rate_class()
    {
        var grain = new ScriptedGrain();
        grain.Grants.Enqueue(Task.FromResult<long?>(null));
        grain.Grants.Enqueue(Task.FromResult<long?>(null));
        grain.Grants.Enqueue(Task.FromResult<long?>(7));
        var budget = new GrainRequestBudget(grain, TimeSpan.FromSeconds(3));

        await budget.AcquireAsync("/candidates", RateClass.CandidateSearch, Cancel);

        Assert.Equal(3, grain.Asked.Count);
        Assert.All(grain.Asked, ask => Assert.Equal(("/candidates", (int)RateClass.CandidateSearch, TimeSpan.FromSeconds(3)), ask));
    }

    [Fact]
    public async Task A_lease_is_released_once_however_often_it_is_disposed()
    {
        var grain = new ScriptedGrain();
        grain.Grants.Enqueue(Task.FromResult<long?>(42));
        var lease = await new GrainRequestBudget(grain).AcquireAsync("/jobs", RateClass.Normal, Cancel);

        await lease.DisposeAsync();
        await lease.DisposeAsync();

        Assert.Equal([42L], grain.Released);
    }

    [Fact]
    public async Task Cancelling_a_wait_returns_at_once_and_hands_back_a_permit_granted_afterwards()
    {
        var grain = new ScriptedGrain();
        var late = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        grain.Grants.Enqueue(late.Task);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var waiting = new GrainRequestBudget(grain).AcquireAsync("/jobs", RateClass.Normal, cancellation.Token).AsTask();

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Empty(grain.Released);

        late.SetResult(9);
        await grain.ReleasedOne.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        Assert.Equal([9L], grain.Released);
    }

    [Fact]
    public void Observe_forwards_remaining_only_and_throttled_forwards_retry_after()
    {
        var grain = new ScriptedGrain();
        var budget = new GrainRequestBudget(grain);

        budget.Observe("/jobs", RateClass.Slow, new RateLimitObservation(10, null, 8, 3));
        budget.Observe("/jobs", RateClass.Slow, new RateLimitObservation(10, 4, null, null));
        budget.Throttled(TimeSpan.FromSeconds(12));
        budget.Throttled(null);

        Assert.Equal([("/jobs", (int)RateClass.Slow, 4)], grain.Observed);
        Assert.Equal([TimeSpan.FromSeconds(12), (TimeSpan?)null], grain.Throttles);
    }

    private sealed class ScriptedGrain : IApiBudgetGrain
    {
        public ConcurrentQueue<Task<long?>> Grants { get; } = new();

        public ConcurrentQueue<(string Endpoint, int RateClass, TimeSpan MaxWait)> Asked { get; } = new();

        public ConcurrentQueue<long> Released { get; } = new();

        public TaskCompletionSource ReleasedOne { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<(string, int, int)> Observed { get; } = [];

        public List<TimeSpan?> Throttles { get; } = [];

        public Task<long?> Acquire(string endpoint, int rateClass, TimeSpan maxWait)
        {
            Asked.Enqueue((endpoint, rateClass, maxWait));
            return Grants.TryDequeue(out var grant) ? grant : throw new InvalidOperationException("Asked more often than scripted.");
        }

        public Task Release(long leaseId)
        {
            Released.Enqueue(leaseId);
            ReleasedOne.TrySetResult();
            return Task.CompletedTask;
        }

        public Task Observe(string endpoint, int rateClass, int remaining)
        {
            Observed.Add((endpoint, rateClass, remaining));
            return Task.CompletedTask;
        }

        public Task Throttled(TimeSpan? retryAfter)
        {
            Throttles.Add(retryAfter);
            return Task.CompletedTask;
        }

        public Task<int> GetHeldLeases() => throw new NotSupportedException();

        public Task<DateTimeOffset?> GetPausedUntil() => throw new NotSupportedException();

        public Task<int> ReclaimExpired() => throw new NotSupportedException();
    }
}
