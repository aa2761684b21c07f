using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// A token bucket per tenant on this silo (each silo limits on its own, so a cluster of N allows up to N times
/// the rate); protects the silo and the record store from one tenant's runaway client.
/// </summary>
internal sealed class TenantRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public TenantRateLimiter(IOptions<ApiOptions> options)
    {
        var rate = options.Value.RequestsPerSecond;
        _limiter = PartitionedRateLimiter.Create<string, string>(tenant => rate <= 0
            ? RateLimitPartition.GetNoLimiter(tenant)
            : RateLimitPartition.GetTokenBucketLimiter(tenant, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = rate,
                TokensPerPeriod = rate,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public RateLimitLease Acquire(string tenantId) => _limiter.AttemptAcquire(tenantId);

    public void Dispose() => _limiter.Dispose();
}
