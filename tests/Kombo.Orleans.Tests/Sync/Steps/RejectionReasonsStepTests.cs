namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;

public sealed class RejectionReasonsStepTests
{
    [Fact]
    public async Task A_full_pass_stores_every_reason_with_one_request_and_a_second_changes_nothing()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = SimulatorTruth.RejectionReasonIds(harness);

        var first = (await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()])).Single();
        var before = (await harness.RecordsAsync(UnifiedModels.RejectionReason)).ToDictionary(r => r.Id, r => r.ChangedAt);
        var second = (await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, first.State);
        Assert.Equal(1, first.Requests);
        Assert.Equal(truth.Count, first.Added);
        var stored = await harness.RecordsAsync(UnifiedModels.RejectionReason);
        Assert.Equal(truth.Order(), stored.Select(r => r.RemoteId).Order());
        Assert.All(stored, r => Assert.Equal(UnifiedIds.For(harness.IntegrationId, UnifiedModels.RejectionReason, r.RemoteId), r.Id));
        Assert.Equal((0, 0, 0, (long)truth.Count), (second.Added, second.Updated, second.Deleted, second.Unchanged));
        Assert.Equal(before, stored.ToDictionary(r => r.Id, r => r.ChangedAt));
    }

    [Fact]
    public async Task A_delta_reads_the_whole_list_again_in_one_request()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()]);
        SimulatorTruth.Change(harness, a => a.Configuration.RejectionReasons.Add(new global::SmartRecruiters.Simulator.Data.Model.SimLabel("new-reason", "Went elsewhere")));

        var run = (await harness.SyncAsync(SyncKind.Delta, [new RejectionReasonsStep()])).Single();

        Assert.Equal(1, run.Requests);
        Assert.Equal(1, run.Added);
        var added = (await harness.PayloadsAsync(UnifiedModels.RejectionReason)).Single(p => SimulatorTruth.Text(p, "remote_id") == "new-reason");
        Assert.Equal("Went elsewhere", SimulatorTruth.Text(added, "name"));
    }

    [Fact]
    public async Task A_reason_gone_from_SmartRecruiters_is_soft_deleted_by_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()]);
        var gone = SimulatorTruth.RejectionReasonIds(harness)[0];
        SimulatorTruth.Change(harness, a => a.Configuration.RejectionReasons.RemoveAll(r => r.Id == gone));

        var run = (await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()])).Single();

        Assert.Equal(1, run.Deleted);
        Assert.NotNull((await harness.RecordsAsync(UnifiedModels.RejectionReason, includeDeleted: true)).Single(r => r.RemoteId == gone).RemoteDeletedAt);
        Assert.Equal(SimulatorTruth.RejectionReasonIds(harness).Order(), (await harness.RecordsAsync(UnifiedModels.RejectionReason)).Select(r => r.RemoteId).Order());
    }

    [Fact]
    public async Task A_disabled_field_is_not_stored_and_a_disabled_model_costs_no_request()
    {
        await using var harness = await StepHarness.StartAsync();
        harness.Scope = new ScopeConfig([], new() { ["ats_rejection_reasons"] = ["name"] });
        await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()]);
        Assert.All(await harness.PayloadsAsync(UnifiedModels.RejectionReason), p => Assert.False(p.TryGetProperty("name", out _)));

        harness.Scope = new ScopeConfig(["ats_rejection_reasons"], []);
        var run = (await harness.SyncAsync(SyncKind.Full, [new RejectionReasonsStep()])).Single();

        Assert.Equal(0, run.Requests);
        Assert.Equal(0, run.Deleted);
    }
}
