using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Kombo.Orleans.Silo.Health;

/// <summary>Ready only while this silo is an Active member of its cluster (not joining, not leaving).</summary>
internal sealed class SiloActiveHealthCheck(ILocalSiloDetails localSilo, IClusterMembershipService membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {localSilo.SiloAddress} is active.")
            : HealthCheckResult.Unhealthy($"Silo {localSilo.SiloAddress} is {status}."));
    }
}
