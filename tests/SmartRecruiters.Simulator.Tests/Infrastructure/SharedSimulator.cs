namespace SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// One read-mostly simulator for a test class (xUnit class fixture). Tests that change data or
/// settings start their own <see cref="Simulator"/> instead.
/// </summary>
public sealed class SharedSimulator : IAsyncLifetime
{
    public Simulator Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Simulator = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

    public async ValueTask DisposeAsync() => await Simulator.DisposeAsync();
}
