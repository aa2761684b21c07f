namespace Kombo.Orleans.Tests.Engine.Budget;

using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.SmartRecruiters.Budget;

public sealed class MeteredRequestBudgetTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_every_permit_every_429_and_the_time_spent_waiting()
    {
        var inner = new GatedBudget();
        var metered = new MeteredRequestBudget(inner);

        await using (await metered.AcquireAsync("/jobs", RateClass.Normal, Cancel))
        {
        }

        var gated = inner.CloseGate();
        var waiting = metered.AcquireAsync("/jobs", RateClass.Normal, Cancel).AsTask();
        Assert.Equal(1, metered.Usage.Requests);
        gated.SetResult();
        await waiting;
        metered.Throttled(TimeSpan.FromSeconds(2));
        metered.Throttled(null);
        metered.Observe("/jobs", RateClass.Normal, new RateLimitObservation(null, 3, null, null));

        var usage = metered.Usage;
        Assert.Equal(2, usage.Requests);
        Assert.Equal(2, usage.RateLimited);
        Assert.True(usage.BudgetWait > TimeSpan.Zero);
        Assert.Equal(2, inner.Acquired);
        Assert.Equal([TimeSpan.FromSeconds(2), (TimeSpan?)null], inner.Throttles);
        Assert.Equal(3, inner.LastRemaining);
    }

    private sealed class GatedBudget : IRequestBudget
    {
        private TaskCompletionSource? _gate;

        public int Acquired { get; private set; }

        public List<TimeSpan?> Throttles { get; } = [];

        public int? LastRemaining { get; private set; }

        public TaskCompletionSource CloseGate() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<IAsyncDisposable> AcquireAsync(string endpoint, RateClass rateClass, CancellationToken cancellationToken)
        {
            if (_gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            Acquired++;
            return new NoLease();
        }

        public void Observe(string endpoint, RateClass rateClass, RateLimitObservation observation) => LastRemaining = observation.Remaining;

        public void Throttled(TimeSpan? retryAfter) => Throttles.Add(retryAfter);
    }

    private sealed class NoLease : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
