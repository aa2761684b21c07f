namespace Kombo.Orleans.IntegrationTests.Engine;

using Kombo.Orleans.Testing.Engine;
using global::SmartRecruiters.Simulator.Hosting;
using global::SmartRecruiters.Simulator.Options;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records.Postgres;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

/// <summary>
/// The engine as the real host runs it on PostgreSQL (clustering, grain state, reminders, the PostgreSQL record
/// store), syncing a simulator in the test process over real HTTP; the records are read straight from the database.
/// </summary>
public sealed class PostgresEngineTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_full_sync_stores_exactly_the_accounts_records_and_a_second_sync_changes_nothing()
    {
        database.Require();
        await using var simulator = await StartSimulatorAsync(seed: 21);
        var settings = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        await using var silo = await RunningSilo.StartAsync(settings, TestContext.Current.CancellationToken);
        const string id = "smartrecruiters:pg-full";
        var integration = silo.Grains.GetGrain<IIntegrationGrain>(id);
        var store = new PostgresRecordStore(database.DataSource);

        await integration.Connect(Setup(simulator));
        var full = await IntegrationSyncs.FinishedAsync(integration, (await integration.GetSyncStatus()).Current!.SyncId, SyncTimeout);

        Assert.Equal((SyncKind.Full, SyncState.Succeeded), (full.Kind, full.State));
        await AccountTruth.Of(simulator).AssertStoredExactlyAsync(store, id);
        var before = await AccountTruth.RecordsAsync(store, id, UnifiedModels.Candidate);

        var again = await integration.StartSync(SyncKind.Delta);
        var delta = await IntegrationSyncs.FinishedAsync(integration, again.SyncId, SyncTimeout);

        Assert.Equal((SyncKind.Delta, SyncState.Succeeded), (delta.Kind, delta.State));
        Assert.Equal(0, delta.Counts.Added + delta.Counts.Updated + delta.Counts.Deleted + delta.Counts.Failed);
        var after = await AccountTruth.RecordsAsync(store, id, UnifiedModels.Candidate);
        Assert.Equal(before.Select(r => (r.Id, r.ChangedAt, r.UpdatedAt)), after.Select(r => (r.Id, r.ChangedAt, r.UpdatedAt)));
        await AccountTruth.Of(simulator).AssertStoredExactlyAsync(store, id);
    }

    [Fact]
    public async Task An_integration_outlives_its_silo_and_a_silo_with_another_credential_key_fails_its_sync_without_a_request()
    {
        database.Require();
        await using var simulator = await StartSimulatorAsync(seed: 22);
        var settings = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        const string id = "smartrecruiters:pg-restart";
        var store = new PostgresRecordStore(database.DataSource);
        var truth = AccountTruth.Of(simulator);

        await using (var first = await RunningSilo.StartAsync(settings, TestContext.Current.CancellationToken))
        {
            var integration = first.Grains.GetGrain<IIntegrationGrain>(id);
            await integration.Connect(Setup(simulator));
            var full = await IntegrationSyncs.FinishedAsync(integration, (await integration.GetSyncStatus()).Current!.SyncId, SyncTimeout);
            Assert.Equal(SyncState.Succeeded, full.State);
        }

        // A new silo on the same database and key: the integration, its records and its credentials are all still there.
        await using (var second = await RunningSilo.StartAsync(settings.Sibling(), TestContext.Current.CancellationToken))
        {
            var integration = second.Grains.GetGrain<IIntegrationGrain>(id);
            var info = await integration.GetInfo();

            Assert.NotNull(info);
            Assert.Equal((IntegrationStatus.Active, SetupStatus.Completed), (info.Status, info.SetupStatus));
            await truth.AssertStoredExactlyAsync(store, id);
            var delta = await IntegrationSyncs.FinishedAsync(integration, (await integration.StartSync(SyncKind.Delta)).SyncId, SyncTimeout);
            Assert.Equal((SyncKind.Delta, SyncState.Succeeded), (delta.Kind, delta.State));
            Assert.True(delta.Usage.Requests > 0, "the delta reached SmartRecruiters with the decrypted credentials");
        }

        // A silo configured with another key cannot decrypt them: the sync fails at once, saying why, and sends nothing.
        var requestsBefore = RequestsSeen(simulator);
        await using (var rekeyed = await RunningSilo.StartAsync(
            settings.Sibling() with { CredentialKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) },
            TestContext.Current.CancellationToken))
        {
            var integration = rekeyed.Grains.GetGrain<IIntegrationGrain>(id);
            Assert.NotNull(await integration.GetInfo());

            var delta = await IntegrationSyncs.FinishedAsync(integration, (await integration.StartSync(SyncKind.Delta)).SyncId, SyncTimeout);

            Assert.Equal(SyncState.Failed, delta.State);
            Assert.Contains("cannot be decrypted", delta.Error, StringComparison.Ordinal);
            Assert.Equal(0, delta.Usage.Requests);
        }

        Assert.Equal(requestsBefore, RequestsSeen(simulator));
        await truth.AssertStoredExactlyAsync(store, id);
    }

    private static long RequestsSeen(InProcessSimulator simulator) =>
        simulator.Traffic.For(simulator.Accounts.Accounts[0]).Endpoints.Values.Sum(e => e.Requests) + simulator.Traffic.Unattributed.Endpoints.Values.Sum(e => e.Requests);

    private static Task<InProcessSimulator> StartSimulatorAsync(int seed) =>
        InProcessSimulator.StartAsync(new SimulatorOptions { Candidates = 30, Seed = seed }, url: "http://127.0.0.1:0", cancellationToken: TestContext.Current.CancellationToken);

    private static IntegrationSetup Setup(InProcessSimulator simulator) =>
        new(simulator.BaseAddress, new IntegrationCredentials(simulator.ApiKey), simulator.Accounts.Accounts[0].Identifier);
}
