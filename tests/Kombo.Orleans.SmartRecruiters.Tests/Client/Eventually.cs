namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

/// <summary>For state another component writes just after the awaited call returns (the simulator's counters).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
