namespace Kombo.Orleans.IntegrationTests.Engine;

using Kombo.Orleans.Testing.Engine;
using System.Text.RegularExpressions;
using global::SmartRecruiters.Simulator.Hosting;
using global::SmartRecruiters.Simulator.Options;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.Postgres;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;

/// <summary>
/// Two silo processes in one PostgreSQL cluster; the one running the candidates model is killed (SIGKILL, no
/// goodbye) in the middle of it. The survivor must finish the sync from the last checkpoint.
/// </summary>
public sealed partial class SiloKillTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    private const string IntegrationId = "smartrecruiters:killed";
    private const int CandidatesPageSize = 100; // GET /candidates?limit=100: one checkpoint per list page
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killing_the_silo_that_runs_the_candidates_model_mid_sync_costs_at_most_one_page_and_every_record_is_stored_once()
    {
        database.Require();
        var ct = TestContext.Current.CancellationToken;
        // 250 candidates: three list pages, ~25 s of candidate reads at SmartRecruiters' per-endpoint limits.
        await using var simulator = await InProcessSimulator.StartAsync(
            new SimulatorOptions { Candidates = 250, Seed = 31, Latency = { FixedMilliseconds = 10 } }, url: "http://127.0.0.1:0", cancellationToken: ct);
        var settings = new SiloSettings
        {
            PostgresConnectionString = database.ConnectionString,
            Extra = new Dictionary<string, string>
            {
                // A model whose silo died while its integration lives on is restarted by the watchdog: every 5 s here, not every minute.
                ["Kombo:Engine:WatchdogPeriod"] = "00:00:05",
                ["Kombo:Reminders:MinimumReminderPeriod"] = "00:00:01",
            },
        };
        var silos = new List<SiloProcess>();
        var clients = new List<GatewayClient>();
        try
        {
            silos.Add(await SiloProcess.StartAsync(settings, StartTimeout));
            silos.Add(await SiloProcess.StartAsync(settings.Sibling(), StartTimeout));
            foreach (var silo in silos)
            {
                clients.Add(await GatewayClient.ConnectAsync(silo.Settings, ct));
            }

            var integration = clients[0].Client.GetGrain<IIntegrationGrain>(IntegrationId);
            await integration.Connect(new IntegrationSetup(
                simulator.BaseAddress, new IntegrationCredentials(simulator.ApiKey), simulator.Accounts.Accounts[0].Identifier));
            var syncId = (await integration.GetSyncStatus()).Current!.SyncId;

            // The candidates model commits a page at a time and raises no event a client could wait on: poll its checkpoint in
            // the record store (its status counts a listed page before it is committed), with a deadline, until the first page
            // is committed and more are to come.
            var store = new PostgresRecordStore(database.DataSource);
            var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
            StepRunState? committed;
            while (!((committed = await CandidatesCheckpointAsync(store)) is { State: SyncState.Running, Done: > 0 } run && run.SyncId == syncId && run.Done < run.Total))
            {
                Assert.True(DateTimeOffset.UtcNow < deadline, $"the candidates model never committed a first page: {committed?.State} {committed?.Done}/{committed?.Total}");
                Assert.False(committed is { IsFinished: true } && committed.SyncId == syncId, $"the candidates model ended before it could be killed: {committed?.State}");
                await Task.Delay(50, ct);
            }

            // Where the grains run, as each silo's catalog reports its activations.
            var activations = await clients[0].Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics(null, null, ct);
            var modelHost = Assert.Single(activations, a => a.GrainId.Key.ToString() == ModelSyncKeys.For(IntegrationId, SyncModels.Candidates)).SiloAddress;
            var integrationHost = Assert.Single(activations, a => a.GrainId.Key.ToString() == IntegrationId && a.GrainId.Type.ToString() == "kombo-integration").SiloAddress;
            var victim = silos.Single(s => s.Settings.SiloPort == modelHost.Endpoint.Port);
            var survivor = silos.Single(s => s != victim);
            var viaSurvivor = clients[silos.IndexOf(survivor)];
            var path = integrationHost == modelHost
                ? "the integration grain died with it: a client call reactivates it, which resumes the model"
                : "the integration grain survived: its watchdog reminder restarts the model";
            TestContext.Current.TestOutputHelper?.WriteLine($"killing silo {modelHost} with candidates {committed.Done}/{committed.Total} committed; {path}");

            var victimClient = clients[silos.IndexOf(victim)];
            await victim.DisposeAsync(); // SIGKILL
            silos.Remove(victim);
            clients.Remove(victimClient);
            await DisposeQuietlyAsync(victimClient);

            var survivorIntegration = viaSurvivor.Client.GetGrain<IIntegrationGrain>(IntegrationId);
            var summary = await WaitThroughFailoverAsync(survivorIntegration, syncId, TimeSpan.FromSeconds(100));

            Assert.True(summary.State == SyncState.Succeeded, $"{summary.State}: {summary.Error}\n{survivor.Output[^Math.Min(4000, survivor.Output.Length)..]}");
            var truth = AccountTruth.Of(simulator);
            await truth.AssertStoredExactlyAsync(store, IntegrationId);

            // The run on the survivor resumed the checkpoint the dead silo left, rather than starting over.
            var checkpoint = StepCheckpoint.Parse((await store.GetCheckpointAsync(new RecordScope(IntegrationId, UnifiedModels.Candidate), ct)).Value);
            Assert.Equal(syncId, checkpoint.Run?.SyncId);
            Assert.True(checkpoint.Run!.Resumes >= 1, "the candidates run was resumed");
            Assert.Equal(truth.Candidates.Count, checkpoint.Run.Done);

            // At most the page in flight was read again: every candidate's details at most twice, and no more than one page of them twice.
            var detailReads = simulator.Traffic.For(simulator.Accounts.Accounts[0]).Log
                .Where(e => e.Method == "GET" && CandidateDetails().IsMatch(e.Path))
                .GroupBy(e => e.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.Equal(truth.Candidates.Count, detailReads.Count);
            Assert.True(detailReads.Values.Max() <= 2, $"a candidate was read {detailReads.Values.Max()} times");
            var readTwice = detailReads.Values.Count(n => n == 2);
            Assert.True(readTwice <= CandidatesPageSize, $"{readTwice} candidates were read twice: more than the page in flight");
            TestContext.Current.TestOutputHelper?.WriteLine($"{readTwice} of {truth.Candidates.Count} candidates read twice; {summary.Usage.Requests} requests counted");
        }
        finally
        {
            foreach (var client in clients)
            {
                await DisposeQuietlyAsync(client);
            }

            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    private static async Task<StepRunState?> CandidatesCheckpointAsync(IRecordStore store) =>
        StepCheckpoint.Parse((await store.GetCheckpointAsync(new RecordScope(IntegrationId, UnifiedModels.Candidate), TestContext.Current.CancellationToken)).Value).Run;

    /// <summary>
    /// Waits for the sync by grain call. Until the survivor has declared the killed silo dead, calls to a grain that
    /// lived there fail or time out; those are retried until the deadline.
    /// </summary>
    private static async Task<SyncSummary> WaitThroughFailoverAsync(IIntegrationGrain integration, string syncId, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        Exception? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                if (await integration.WaitForSync(syncId, TimeSpan.FromSeconds(15)) is { IsFinished: true } summary)
                {
                    return summary;
                }
            }
            catch (Exception e) when (e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException or OrleansException)
            {
                last = e;
            }
        }

        var models = await integration.GetSyncStatus();
        throw new TimeoutException(
            $"Sync {syncId} did not finish in {timeout} (last error: {last?.Message}): " +
            string.Join("; ", models.Models.Select(m => $"{m.Model} {m.State} done={m.Done}/{m.Total} err={m.LastError}")));
    }

    private static async Task DisposeQuietlyAsync(GatewayClient client)
    {
        try
        {
            await client.DisposeAsync();
        }
        catch (Exception e) when (e is OrleansException or OperationCanceledException or TimeoutException)
        {
            // A client of a killed gateway may not stop cleanly; it holds nothing the test needs.
        }
    }

    [GeneratedRegex("^/candidates/[^/]+$")]
    private static partial Regex CandidateDetails();
}
