using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Testing.Sync;

/// <summary>
/// Runs sync steps outside Orleans, exactly as a model sync grain runs them (<see cref="ModelSyncRunner"/>): a
/// simulator on a loopback port over real HTTP, a record store (in-memory unless given), one budget per harness.
/// </summary>
public sealed class StepHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly LocalRequestBudget _budget = new();
    private long _pass;
    private int _syncs;

    private StepHarness(InProcessSimulator simulator, IRecordStore store, string integrationId)
    {
        Simulator = simulator;
        Store = store;
        IntegrationId = integrationId;
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public InProcessSimulator Simulator { get; }

    public IRecordStore Store { get; }

    public string IntegrationId { get; }

    public string AccountId => Simulator.Accounts.Accounts[0].Identifier;

    public ScopeConfig Scope { get; set; } = ScopeConfig.All;

    public static async Task<StepHarness> StartAsync(
        Action<SimulatorOptions>? configure = null, IRecordStore? store = null, string integrationId = "smartrecruiters:step-tests")
    {
        var options = new SimulatorOptions { Candidates = 30, Seed = 7 };
        configure?.Invoke(options);
        var simulator = await InProcessSimulator.StartAsync(options, cancellationToken: TestContext.Current.CancellationToken);
        return new StepHarness(simulator, store ?? new InMemoryRecordStore(), integrationId);
    }

    public SyncConnection Connection(string? apiKey = null) =>
        new(Simulator.BaseAddress, new IntegrationCredentials(apiKey ?? Simulator.ApiKey), AccountId);

    /// <summary>Runs the steps in order as one sync of <paramref name="kind"/>; a FULL gets a new pass number.</summary>
    public async Task<IReadOnlyList<StepRunState>> SyncAsync(SyncKind kind, IEnumerable<ISyncStep> steps, SyncConnection? connection = null)
    {
        var pass = kind == SyncKind.Full ? ++_pass : _pass;
        var syncId = $"sync-{++_syncs}";
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<StepRunState>();
        foreach (var step in steps)
        {
            var run = await RunStepAsync(step, new ModelSyncRequest(syncId, kind, pass, connection ?? Connection(), Scope, [.. changed]));
            changed.UnionWith(run.ChangedScopes);
            results.Add(run);
        }

        return results;
    }

    /// <summary>Runs one step for <paramref name="request"/> (or resumes its interrupted run) and returns the run as checkpointed.</summary>
    public async Task<StepRunState> RunStepAsync(ISyncStep step, ModelSyncRequest request, CancellationToken cancellationToken = default)
    {
        var runner = new ModelSyncRunner(Store, TimeProvider.System, NullLogger.Instance);
        var tracker = await runner.PrepareAsync(IntegrationId, step, request, cancellationToken);
        var metered = new MeteredRequestBudget(_budget);
        tracker.Usage = () => metered.Usage;
        var client = ModelSyncRunner.CreateClient(_services.GetRequiredService<IHttpClientFactory>(), request.Connection, metered, TimeProvider.System);
        await runner.RunAsync(tracker, client, cancellationToken);
        return tracker.Checkpoint.Run!;
    }

    /// <summary>Every record of a scope (deleted ones too when asked), in store order.</summary>
    public async Task<IReadOnlyList<StoredRecord>> RecordsAsync(string scope, bool includeDeleted = false)
    {
        var records = new List<StoredRecord>();
        RecordCursor? after = null;
        do
        {
            var page = await Store.QueryAsync(new RecordQuery(new RecordScope(IntegrationId, scope)) { PageSize = 1000, After = after, IncludeDeleted = includeDeleted });
            records.AddRange(page.Records);
            after = page.Next;
        }
        while (after is not null);

        return records;
    }

    /// <summary>The payloads of a scope's live records, parsed.</summary>
    public async Task<IReadOnlyList<JsonElement>> PayloadsAsync(string scope) =>
        (await RecordsAsync(scope)).Select(r => JsonDocument.Parse(r.Payload).RootElement.Clone()).ToList();

    public async ValueTask DisposeAsync()
    {
        await _budget.DisposeAsync();
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
