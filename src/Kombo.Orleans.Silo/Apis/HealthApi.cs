using Kombo.Orleans.Silo.Health;
using Kombo.Orleans.Silo.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// <c>/health/live</c>: the process serves HTTP (restart it if not).
/// <c>/health/ready</c>: the silo is Active and, with PostgreSQL, the database answers (route traffic to it).
/// </summary>
internal static class HealthApi
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddKomboHealthChecks(this IServiceCollection services, StorageMode mode)
    {
        var checks = services.AddHealthChecks().AddCheck<SiloActiveHealthCheck>("silo", tags: [ReadyTag]);
        if (mode == StorageMode.Postgres)
        {
            checks.AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
