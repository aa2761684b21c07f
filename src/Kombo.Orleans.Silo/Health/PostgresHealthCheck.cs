using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kombo.Orleans.Silo.Health;

/// <summary>Ready only while PostgreSQL answers a round trip through the silo's own pool.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The exception text can carry host names; the probe only needs to know it failed.
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
    }
}
