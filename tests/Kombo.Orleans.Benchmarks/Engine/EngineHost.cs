using System.Net;
using System.Net.Sockets;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains;
using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// The sync engine on one real Orleans silo in this process (localhost clustering on free ports, memory grain storage
/// and reminders, the in-memory record store), as the embedded host runs it: a silo, not a test cluster, so the
/// process's memory and CPU are what one silo costs.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineHost(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory Grains { get; }

    /// <param name="limits">The engine's own request budget per credential; SmartRecruiters' documented limits when null.</param>
    public static async Task<EngineHost> StartAsync(RequestBudgetLimits? limits = null, IRecordStore? store = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kombo:Credentials:CurrentKeyId"] = "bench",
            ["Kombo:Credentials:Keys:bench"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });

        // Warnings only: the engine logs every sync start and end at Information, thousands a minute with many integrations.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.AddMemoryGrainStorage(GrainStorage.Name);
            silo.UseInMemoryReminderService();
        });
        builder.Services.AddSingleton(store ?? new InMemoryRecordStore());
        builder.Services.AddSyncEngine(builder.Configuration, allowEphemeralCredentialKey: false);
        if (limits is not null)
        {
            builder.Services.Configure<ApiBudgetOptions>(o => o.Limits = limits);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new EngineHost(host);
    }

    /// <summary>Limits high enough never to hold a request back, for a simulator with its limits off; 8 in flight as always.</summary>
    public static RequestBudgetLimits Unthrottled { get; } = new()
    {
        RequestsPerSecond = 1_000_000,
        SlowRequestsPerSecond = 1_000_000,
        Burst = 1_000_000,
    };

    public IIntegrationGrain Integration(string id) => Grains.GetGrain<IIntegrationGrain>(id);

    /// <summary>Starts a sync and waits for it to end, however long it takes.</summary>
    public static async Task<SyncSummary> SyncAsync(IIntegrationGrain integration, SyncKind kind)
    {
        var started = await integration.StartSync(kind);
        return await WaitAsync(integration, started.SyncId);
    }

    /// <summary>Waits by grain call (no polling delay) until the sync has ended.</summary>
    public static async Task<SyncSummary> WaitAsync(IIntegrationGrain integration, string syncId)
    {
        while (true)
        {
            if (await integration.WaitForSync(syncId, TimeSpan.FromSeconds(20)) is { IsFinished: true } summary)
            {
                return summary;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
