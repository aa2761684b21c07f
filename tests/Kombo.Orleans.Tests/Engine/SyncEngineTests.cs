namespace Kombo.Orleans.Tests.Engine;

using System.Net.Http.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Engine;

/// <summary>The engine end to end on an in-process cluster: grains, steps, real HTTP to the simulator, the in-memory record store.</summary>
public sealed class SyncEngineTests
{
    [Fact]
    public async Task First_sync_is_full_and_yields_exactly_the_accounts_records_for_every_model()
    {
        await using var engine = await EngineCluster.StartAsync();
        var (integration, sync) = await engine.ConnectAndSyncAsync("smartrecruiters:full");

        Assert.Equal(SyncKind.Full, sync.Kind);
        Assert.Equal(SyncState.Succeeded, sync.State);
        await AccountTruth.Of(engine.Simulator).AssertStoredExactlyAsync(engine.Store, "smartrecruiters:full");
        Assert.NotEmpty(await engine.RecordsAsync("smartrecruiters:full", UnifiedModels.Role));
        Assert.NotEmpty(await engine.RecordsAsync("smartrecruiters:full", UnifiedModels.ApplicationStage));
        Assert.NotEmpty(await engine.RecordsAsync("smartrecruiters:full", UnifiedModels.JobApplicationStage));
        Assert.NotEmpty(await engine.RecordsAsync("smartrecruiters:full", UnifiedModels.CandidateTag));
        Assert.NotEmpty(await engine.RecordsAsync("smartrecruiters:full", UnifiedModels.ScreeningQuestion));

        var status = await integration.GetSyncStatus();
        Assert.Equal(SetupStatus.Completed, status.SetupStatus);
        Assert.Equal(IntegrationStatus.Active, status.Status);
        Assert.All(status.Models, m => Assert.Equal(SyncState.Succeeded, m.State));
        Assert.Equal(sync.Counts.Added, status.Models.Sum(m => m.Counts.Added));
        Assert.True(sync.Usage.Requests > AccountTruth.Of(engine.Simulator).Candidates.Count, "every candidate's details were read");
        Assert.Equal(0, sync.Usage.RateLimited);
    }

    [Fact]
    public async Task An_immediate_second_sync_changes_nothing_and_costs_only_the_requests_that_detect_no_change()
    {
        await using var engine = await EngineCluster.StartAsync();
        var (integration, _) = await engine.ConnectAndSyncAsync("smartrecruiters:again");
        var before = await engine.RecordsAsync("smartrecruiters:again", UnifiedModels.Candidate);

        var delta = await engine.SyncAsync(integration, SyncKind.Delta);

        Assert.Equal(SyncKind.Delta, delta.Kind);
        Assert.Equal(SyncState.Succeeded, delta.State);
        Assert.Equal(0, delta.Counts.Added + delta.Counts.Updated + delta.Counts.Deleted);
        Assert.InRange(delta.Usage.Requests, 1, 20);
        Assert.Empty(delta.ChangedModels);
        var after = await engine.RecordsAsync("smartrecruiters:again", UnifiedModels.Candidate);
        Assert.Equal(before.Select(r => (r.Id, r.ChangedAt, r.UpdatedAt)), after.Select(r => (r.Id, r.ChangedAt, r.UpdatedAt)));
    }

    [Fact]
    public async Task A_changed_candidate_is_picked_up_by_the_next_delta_and_a_deleted_one_only_by_the_next_full()
    {
        await using var engine = await EngineCluster.StartAsync();
        const string id = "smartrecruiters:mutations";
        var (integration, _) = await engine.ConnectAndSyncAsync(id);
        var candidates = await engine.RecordsAsync(id, UnifiedModels.Candidate);
        var changed = candidates[0];
        var deleted = candidates[1];
        using var http = new HttpClient { BaseAddress = engine.Simulator.BaseAddress };
        (await http.PatchAsJsonAsync($"/_sim/accounts/{engine.AccountId}/candidates/{changed.RemoteId}", new { firstName = "Renamed" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.DeleteAsync($"/_sim/accounts/{engine.AccountId}/candidates/{deleted.RemoteId}", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var delta = await engine.SyncAsync(integration, SyncKind.Delta);

        Assert.Equal(SyncState.Succeeded, delta.State);
        Assert.Contains("ats_candidates", delta.ChangedModels);
        var afterDelta = (await engine.RecordsAsync(id, UnifiedModels.Candidate)).ToDictionary(r => r.Id);
        Assert.Contains("Renamed", System.Text.Encoding.UTF8.GetString(afterDelta[changed.Id].Payload.Span));
        Assert.True(afterDelta[changed.Id].ChangedAt > changed.ChangedAt);
        Assert.True(afterDelta.ContainsKey(deleted.Id), "a delta never deletes");

        var full = await engine.SyncAsync(integration, SyncKind.Full);

        Assert.Equal(SyncState.Succeeded, full.State);
        Assert.True(full.Counts.Deleted >= 1);
        var afterFull = (await engine.RecordsAsync(id, UnifiedModels.Candidate, includeDeleted: true)).ToDictionary(r => r.Id);
        Assert.NotNull(afterFull[deleted.Id].RemoteDeletedAt);
        Assert.Null(afterFull[changed.Id].RemoteDeletedAt);
        Assert.DoesNotContain(deleted.Id, (await engine.RecordsAsync(id, UnifiedModels.Candidate)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_sync_requested_while_one_runs_answers_already_queued_with_the_running_sync()
    {
        await using var engine = await EngineCluster.StartAsync();
        var integration = engine.Integration("smartrecruiters:queued");
        await integration.Connect(engine.Setup());
        var running = (await integration.GetSyncStatus()).Current!;

        var again = await integration.StartSync(SyncKind.Delta);

        Assert.True(again.AlreadyQueued);
        Assert.Equal(running.SyncId, again.SyncId);
        Assert.Equal(SyncKind.Full, again.Kind);
        await EngineCluster.WaitAsync(integration, running.SyncId);
    }

    [Fact]
    public async Task Rejected_credentials_make_the_integration_invalid_until_they_are_replaced()
    {
        await using var engine = await EngineCluster.StartAsync();
        var (integration, sync) = await engine.ConnectAndSyncAsync("smartrecruiters:revoked", engine.Setup(new IntegrationCredentials("not-a-valid-key")));

        Assert.Equal(SyncState.AuthenticationFailed, sync.State);
        var info = await integration.GetInfo();
        Assert.Equal(IntegrationStatus.Invalid, info!.Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => integration.StartSync(SyncKind.Full));
        Assert.Empty(await engine.RecordsAsync("smartrecruiters:revoked", UnifiedModels.Candidate));

        await integration.UpdateCredentials(new IntegrationCredentials(engine.Simulator.ApiKey));
        var retried = await engine.SyncAsync(integration, SyncKind.Full);

        Assert.Equal(SyncState.Succeeded, retried.State);
        Assert.Equal(IntegrationStatus.Active, (await integration.GetInfo())!.Status);
    }

    [Fact]
    public async Task Two_integrations_never_see_each_others_records_and_deleting_one_leaves_the_other()
    {
        await using var engine = await EngineCluster.StartAsync();
        await engine.ConnectAndSyncAsync("smartrecruiters:one");
        var (two, _) = await engine.ConnectAndSyncAsync("smartrecruiters:two");
        var oneIds = (await engine.RecordsAsync("smartrecruiters:one", UnifiedModels.Candidate)).Select(r => r.Id).ToHashSet();
        var twoIds = (await engine.RecordsAsync("smartrecruiters:two", UnifiedModels.Candidate)).Select(r => r.Id).ToHashSet();

        Assert.Equal(oneIds.Count, twoIds.Count);
        Assert.Empty(oneIds.Intersect(twoIds));

        await two.Delete();

        Assert.Null(await two.GetInfo());
        Assert.Empty(await engine.RecordsAsync("smartrecruiters:two", UnifiedModels.Candidate));
        Assert.Equal(oneIds.Count, (await engine.RecordsAsync("smartrecruiters:one", UnifiedModels.Candidate)).Count);
    }

    [Fact]
    public async Task A_disabled_model_is_neither_fetched_nor_stored_and_a_disabled_field_is_never_stored()
    {
        await using var engine = await EngineCluster.StartAsync();
        var (_, everything) = await engine.ConnectAndSyncAsync("smartrecruiters:all");
        var scope = new ScopeConfig(["ats_offers", "ats_interviews", "ats_join_interviews_users"], new() { ["ats_candidates"] = ["email_addresses"] });

        var (_, scoped) = await engine.ConnectAndSyncAsync("smartrecruiters:scoped", engine.Setup(scope: scope));

        Assert.Equal(SyncState.Succeeded, scoped.State);
        Assert.Empty(await engine.RecordsAsync("smartrecruiters:scoped", UnifiedModels.Offer));
        Assert.Empty(await engine.RecordsAsync("smartrecruiters:scoped", UnifiedModels.Interview));
        Assert.True(scoped.Usage.Requests < everything.Usage.Requests, $"{scoped.Usage.Requests} requests scoped, {everything.Usage.Requests} for everything");
        var candidates = await engine.RecordsAsync("smartrecruiters:scoped", UnifiedModels.Candidate);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.DoesNotContain("\"email_addresses\"", System.Text.Encoding.UTF8.GetString(c.Payload.Span)));
    }

    [Fact]
    public async Task A_paused_integration_refuses_syncs_until_resumed()
    {
        await using var engine = await EngineCluster.StartAsync();
        var (integration, _) = await engine.ConnectAndSyncAsync("smartrecruiters:paused");

        var paused = await integration.SetEnabled(false);

        Assert.Equal(IntegrationStatus.Inactive, paused.Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => integration.StartSync(SyncKind.Delta));
        Assert.Equal(IntegrationStatus.Active, (await integration.SetEnabled(true)).Status);
        Assert.Equal(SyncState.Succeeded, (await engine.SyncAsync(integration, SyncKind.Delta)).State);
    }

    [Fact]
    public async Task Server_errors_timeouts_and_429_storms_are_retried_and_the_sync_still_yields_every_record()
    {
        await using var engine = await EngineCluster.StartAsync(o =>
        {
            o.Faults.ServerErrorRate = 0.05;
            o.Faults.TooManyRequestsRate = 0.05;
            o.Faults.MalformedJsonRate = 0.02;
            o.Faults.ConnectionResetRate = 0.02;
        });

        var (_, sync) = await engine.ConnectAndSyncAsync("smartrecruiters:faults");

        Assert.Equal(SyncState.Succeeded, sync.State);
        Assert.True(sync.Usage.RateLimited > 0, "the injected 429s were seen");
        await AccountTruth.Of(engine.Simulator).AssertStoredExactlyAsync(engine.Store, "smartrecruiters:faults");
    }

    [Fact]
    public async Task Corrupt_records_are_listed_as_failed_the_sync_partially_fails_and_nothing_is_deleted()
    {
        await using var engine = await EngineCluster.StartAsync(o => o.Faults.CorruptRecordRate = 0.1);

        var (integration, sync) = await engine.ConnectAndSyncAsync("smartrecruiters:corrupt");

        Assert.Equal(SyncState.PartiallyFailed, sync.State);
        Assert.True(sync.Counts.Failed > 0);
        var status = await integration.GetSyncStatus();
        var failed = status.Models.SelectMany(m => m.FailedRecords).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal(0, sync.Counts.Deleted);
    }

    [Fact]
    public async Task Asking_a_model_again_for_a_sync_it_finished_reports_it_again_without_running_it_again()
    {
        await using var engine = await EngineCluster.StartAsync();
        const string id = "smartrecruiters:repeat";
        var (_, sync) = await engine.ConnectAndSyncAsync(id);
        var model = engine.Client.GetGrain<IModelSyncGrain>(ModelSyncKeys.For(id, SyncModels.Candidates));
        var before = await model.GetStatus();
        var requestsBefore = engine.Simulator.Traffic.For(engine.AccountId).Endpoints.Values.Sum(e => e.Requests);

        var again = new ModelSyncRequest(sync.SyncId, sync.Kind, 1, new SyncConnection(engine.Simulator.BaseAddress, new IntegrationCredentials(engine.Simulator.ApiKey), engine.AccountId), ScopeConfig.All, []);
        await model.Start(again);
        var after = await model.GetStatus();

        Assert.Equal(sync.SyncId, after.SyncId);
        Assert.Equal(before.StartedAt, after.StartedAt);
        Assert.Equal(before.EndedAt, after.EndedAt);
        Assert.Equal(before.Usage.Requests, after.Usage.Requests);
        Assert.Equal(requestsBefore, engine.Simulator.Traffic.For(engine.AccountId).Endpoints.Values.Sum(e => e.Requests));
    }
}
