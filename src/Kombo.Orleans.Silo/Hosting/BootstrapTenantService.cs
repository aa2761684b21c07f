using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>
/// Creates the bootstrap tenant (<see cref="TenantIds.Bootstrap"/>) with the configured key once the silo is up.
/// Registered after the silo, so its <see cref="StartAsync"/> runs once the silo is active and the host only
/// reports started when the key works.
/// </summary>
internal sealed class BootstrapTenantService(IGrainFactory grains, BootstrapTenantService.Key key, ILogger<BootstrapTenantService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = grains.Grain(TenantIds.Bootstrap);
        if (await tenant.GetInfo() is null)
        {
            try
            {
                await tenant.Create("Bootstrap tenant");
            }
            catch (InvalidOperationException)
            {
                // Another silo created it first.
            }
        }

        await tenant.ImportApiKey(key.Value);
        logger.LogInformation("Bootstrap tenant {TenantId} is ready (API key from {Source})", TenantIds.Bootstrap, BootstrapTenantOptions.SectionName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The resolved key, kept out of options so it never shows up in an options dump.</summary>
    internal sealed record Key(string Value)
    {
        public override string ToString() => "bootstrap API key (hidden)";
    }
}
