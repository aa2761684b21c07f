namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Diagnostics;

/// <summary>
/// Polls with a deadline, for what has no event to await: callbacks-log entries written after the
/// receiver answered, and time-driven drift. Fails the test with <c>because</c> when the deadline passes.
/// </summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string because, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                Assert.Fail($"Not within {limit}: {because}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
