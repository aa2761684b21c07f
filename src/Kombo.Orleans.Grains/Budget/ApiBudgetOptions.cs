using Kombo.Orleans.SmartRecruiters.Budget;

namespace Kombo.Orleans.Grains.Budget;

/// <summary>How the cluster-wide request budget (<see cref="ApiBudgetGrain"/>) runs.</summary>
public sealed class ApiBudgetOptions
{
    /// <summary>
    /// How long a lease may stay unreleased before the budget takes its permit back. A request holds its lease for
    /// one HTTP exchange (the client's timeout is far shorter), so a lease this old belongs to a silo that died or
    /// lost its connection; without reclaiming, the credential would be starved of permits for good.
    /// </summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The limits each credential runs under: SmartRecruiters' documented ones unless scaled (tests, benchmarks).</summary>
    public RequestBudgetLimits Limits { get; set; } = RequestBudgetLimits.SmartRecruiters;
}
