using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Testing.Engine;

/// <summary>
/// The sync engine on an in-process Orleans cluster (memory grain storage and reminders) over one record store,
/// syncing a simulator on a loopback port over real HTTP: what the grains do, without a host process.
/// </summary>
public sealed class EngineCluster : IAsyncDisposable
{
    public static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);

    private EngineCluster(InProcessTestCluster cluster, IRecordStore store, InProcessSimulator simulator)
    {
        Cluster = cluster;
        Store = store;
        Simulator = simulator;
    }

    public InProcessTestCluster Cluster { get; }

    public IRecordStore Store { get; }

    public InProcessSimulator Simulator { get; }

    public IClusterClient Client => Cluster.Client;

    public string AccountId => Simulator.Accounts.Accounts[0].Identifier;

    public static async Task<EngineCluster> StartAsync(Action<SimulatorOptions>? simulator = null, IRecordStore? store = null, int silos = 1)
    {
        var options = new SimulatorOptions { Candidates = 30, Seed = 5 };
        simulator?.Invoke(options);
        var sim = await InProcessSimulator.StartAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        var records = store ?? new InMemoryRecordStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kombo:Credentials:CurrentKeyId"] = "test",
            ["Kombo:Credentials:Keys:test"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        }).Build();

        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(GrainStorage.Name);
            silo.UseInMemoryReminderService();
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.Services.AddSingleton(records);
            silo.Services.AddSyncEngine(configuration, allowEphemeralCredentialKey: false);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new EngineCluster(cluster, records, sim);
    }

    public IIntegrationGrain Integration(string id) => Client.GetGrain<IIntegrationGrain>(id);

    public IntegrationSetup Setup(IntegrationCredentials? credentials = null, ScopeConfig? scope = null) =>
        new(Simulator.BaseAddress, credentials ?? new IntegrationCredentials(Simulator.ApiKey), AccountId, scope);

    /// <summary>Connects an integration (its first FULL sync starts) and waits for that sync to end.</summary>
    public async Task<(IIntegrationGrain Integration, SyncSummary FirstSync)> ConnectAndSyncAsync(string id, IntegrationSetup? setup = null)
    {
        var integration = Integration(id);
        await integration.Connect(setup ?? Setup());
        var status = await integration.GetSyncStatus();
        var first = status.Current ?? throw new InvalidOperationException("Connecting started no sync.");
        return (integration, await WaitAsync(integration, first.SyncId));
    }

    /// <summary>Starts a sync and waits for it to end.</summary>
    public async Task<SyncSummary> SyncAsync(IIntegrationGrain integration, SyncKind kind)
    {
        var started = await integration.StartSync(kind);
        return await WaitAsync(integration, started.SyncId);
    }

    /// <summary>Waits (by grain call, no polling delay) until the sync has ended; fails with its status when it does not in time.</summary>
    public static Task<SyncSummary> WaitAsync(IIntegrationGrain integration, string syncId) =>
        IntegrationSyncs.FinishedAsync(integration, syncId, SyncTimeout);

    /// <summary>Every record of a scope of an integration (deleted ones when asked).</summary>
    public async Task<IReadOnlyList<StoredRecord>> RecordsAsync(string integrationId, string scope, bool includeDeleted = false)
    {
        var records = new List<StoredRecord>();
        RecordCursor? after = null;
        do
        {
            var page = await Store.QueryAsync(new RecordQuery(new RecordScope(integrationId, scope)) { PageSize = 1000, After = after, IncludeDeleted = includeDeleted });
            records.AddRange(page.Records);
            after = page.Next;
        }
        while (after is not null);

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
