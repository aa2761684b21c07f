namespace Kombo.Orleans.Tests.Engine.Budget;

using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.SmartRecruiters.Budget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using global::Orleans.TestingHost;

/// <summary>
/// Two in-process silos whose grains run on one fake clock (pauses, lease ages and grain timers move only when a
/// test advances it), while Orleans' own background loops stay on real time. Rates are scaled up so only the
/// concurrency limits and pauses under test hold requests back.
/// </summary>
public sealed class BudgetClusterFixture : IAsyncLifetime
{
    public static readonly RequestBudgetLimits Limits = new()
    {
        RequestsPerSecond = 10_000,
        SlowRequestsPerSecond = 10_000,
        Burst = 10_000,
        ConcurrentRequests = 3,
        ConcurrentCandidateSearches = 1,
        ThrottlePause = TimeSpan.FromSeconds(5),
    };

    public static readonly TimeSpan LeaseTimeout = TimeSpan.FromMinutes(1);

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.Configure<ApiBudgetOptions>(options =>
            {
                options.Limits = Limits;
                options.LeaseTimeout = LeaseTimeout;
            });
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A fresh credential's budget grain key, so tests never share a budget.</summary>
    public static string NewBudgetKey() => ApiBudgetKeys.For(new Uri("https://api.smartrecruiters.com"), Guid.NewGuid().ToString("N"));

    /// <summary>The budget as the connector on silo <paramref name="silo"/> sees it.</summary>
    public GrainRequestBudget BudgetOnSilo(int silo, string budgetKey, TimeSpan? maxWait = null) =>
        new(Cluster.Silos[silo].ServiceProvider.GetRequiredService<IGrainFactory>(), budgetKey, maxWait);

    public IApiBudgetGrain Grain(string budgetKey) => Cluster.Client.GetGrain<IApiBudgetGrain>(budgetKey);
}

[CollectionDefinition(Name)]
public sealed class BudgetClusterCollection : ICollectionFixture<BudgetClusterFixture>
{
    public const string Name = "budget-cluster";
}
