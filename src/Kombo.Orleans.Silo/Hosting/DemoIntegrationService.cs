using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>
/// The embedded default's demo: once the silo and the simulator are up, connects the simulator's account as an
/// integration owned by the bootstrap tenant, which starts its first full sync at once, so records flow as soon as the host is up.
/// </summary>
internal sealed class DemoIntegrationService(
    IGrainFactory grains, EmbeddedSimulatorService simulator, IHostApplicationLifetime lifetime, ILogger<DemoIntegrationService> logger)
    : BackgroundService
{
    public const string IntegrationId = "smartrecruiters:demo";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grain calls need the silo started; ApplicationStarted fires after every hosted service has.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        // The bootstrap tenant (created before the host reported started) owns the demo, so its key reads it.
        await grains.Grain(TenantIds.Bootstrap).AddIntegration(IntegrationId);
        var integration = grains.GetGrain<IIntegrationGrain>(IntegrationId);
        if (await integration.GetInfo() is not null)
        {
            return;
        }

        var setup = new IntegrationSetup(
            simulator.BaseAddress!, new IntegrationCredentials(simulator.ApiKey), simulator.AccountIdentifier, TenantId: TenantIds.Bootstrap);
        await integration.Connect(setup);
        logger.LogInformation("Demo integration {IntegrationId} connected to the simulator and syncing", IntegrationId);
    }
}
