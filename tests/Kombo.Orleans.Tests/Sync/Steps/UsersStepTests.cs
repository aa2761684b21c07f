namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;

public sealed class UsersStepTests
{
    [Fact]
    public async Task A_full_pass_stores_every_user_and_its_system_role_assignment()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = SimulatorTruth.Users(harness);

        var run = (await harness.SyncAsync(SyncKind.Full, [new UsersStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        var users = await harness.RecordsAsync(UnifiedModels.User);
        Assert.Equal(truth.Select(u => u.Id).Order(), users.Select(u => u.RemoteId).Order());
        Assert.All(users, u => Assert.Equal(UnifiedIds.For(harness.IntegrationId, UnifiedModels.User, u.RemoteId), u.Id));
        var roles = await harness.RecordsAsync(UnifiedModels.UserRole);
        Assert.Equal(truth.Select(u => $"{u.Id}:{u.SystemRoleId}").Order(), roles.Select(r => r.RemoteId).Order());
        Assert.All(roles, r => Assert.Equal(UnifiedIds.For(harness.IntegrationId, UnifiedModels.UserRole, r.RemoteId), r.Id));
        Assert.Equal(users.Count + roles.Count, run.Added);
        Assert.Equal(truth.Count, run.Done);

        var statuses = (await harness.PayloadsAsync(UnifiedModels.User)).ToDictionary(p => SimulatorTruth.Text(p, "remote_id")!, p => SimulatorTruth.Text(p, "status"));
        Assert.All(truth, u => Assert.Equal(u.Active ? "ACTIVE" : "INACTIVE", statuses[u.Id]));
    }

    [Fact]
    public async Task A_second_full_pass_over_the_same_account_changes_nothing()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new UsersStep()]);
        var before = (await harness.RecordsAsync(UnifiedModels.User)).ToDictionary(r => r.Id, r => r.ChangedAt);

        var run = (await harness.SyncAsync(SyncKind.Full, [new UsersStep()])).Single();

        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Deleted));
        Assert.Equal(before.Count + (await harness.RecordsAsync(UnifiedModels.UserRole)).Count, run.Unchanged);
        Assert.Empty(run.ChangedScopes);
        Assert.Equal(before, (await harness.RecordsAsync(UnifiedModels.User)).ToDictionary(r => r.Id, r => r.ChangedAt));
    }

    [Fact]
    public async Task A_delta_without_changes_reads_one_list_page_and_writes_nothing()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new UsersStep()]);

        var run = (await harness.SyncAsync(SyncKind.Delta, [new UsersStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1, run.Requests);
        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Unchanged));
    }

    [Fact]
    public async Task A_deactivated_user_is_picked_up_by_the_next_delta()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new UsersStep()]);
        var user = SimulatorTruth.Users(harness).First(u => u.Active);

        await SimulatorTruth.SetUserActiveAsync(harness, user.Id, active: false);
        var run = (await harness.SyncAsync(SyncKind.Delta, [new UsersStep()])).Single();

        Assert.Equal(1, run.Requests);
        Assert.Equal(1, run.Updated);
        Assert.Equal([UnifiedModels.User], run.ChangedScopes);
        var stored = (await harness.PayloadsAsync(UnifiedModels.User)).Single(p => SimulatorTruth.Text(p, "remote_id") == user.Id);
        Assert.Equal("INACTIVE", SimulatorTruth.Text(stored, "status"));
    }

    [Fact]
    public async Task Disabled_scopes_and_fields_are_never_stored()
    {
        await using var harness = await StepHarness.StartAsync();
        harness.Scope = new ScopeConfig(["ats_join_users_roles"], new() { ["ats_users"] = ["email", "first_name"] });

        var run = (await harness.SyncAsync(SyncKind.Full, [new UsersStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Empty(await harness.RecordsAsync(UnifiedModels.UserRole, includeDeleted: true));
        var payloads = await harness.PayloadsAsync(UnifiedModels.User);
        Assert.Equal(SimulatorTruth.Users(harness).Count, payloads.Count);
        Assert.All(payloads, p =>
        {
            Assert.False(p.TryGetProperty("email", out _));
            Assert.False(p.TryGetProperty("first_name", out _));
            Assert.True(p.TryGetProperty("last_name", out _));
        });
    }

    [Fact]
    public async Task A_user_gone_from_SmartRecruiters_is_soft_deleted_by_the_next_full_pass_only()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new UsersStep()]);
        var gone = SimulatorTruth.Users(harness)[^1];
        SimulatorTruth.Change(harness, a =>
        {
            a.Users.RemoveAll(u => u.Id == gone.Id);
            a.UsersById.Remove(gone.Id);
        });

        var delta = (await harness.SyncAsync(SyncKind.Delta, [new UsersStep()])).Single();
        Assert.Equal(0, delta.Deleted);
        var full = (await harness.SyncAsync(SyncKind.Full, [new UsersStep()])).Single();

        Assert.Equal(2, full.Deleted);
        var user = (await harness.RecordsAsync(UnifiedModels.User, includeDeleted: true)).Single(r => r.RemoteId == gone.Id);
        Assert.NotNull(user.RemoteDeletedAt);
        var role = (await harness.RecordsAsync(UnifiedModels.UserRole, includeDeleted: true)).Single(r => r.RemoteId == $"{gone.Id}:{gone.SystemRoleId}");
        Assert.NotNull(role.RemoteDeletedAt);
        Assert.Equal(SimulatorTruth.Users(harness).Count, (await harness.RecordsAsync(UnifiedModels.User)).Count);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_at_the_page_after_the_last_commit()
    {
        var store = new InterruptingRecordStore();
        await using var harness = await StepHarness.StartAsync(store: store);
        var truth = SimulatorTruth.Users(harness);
        var step = new UsersStep(pageSize: 2);
        var request = new ModelSyncRequest("sync-interrupted", SyncKind.Full, 1, harness.Connection(), harness.Scope, []);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunStepAsync(step, request, store.Interrupt.Token));
        Assert.Equal(2, (await harness.RecordsAsync(UnifiedModels.User)).Count);

        var run = await harness.RunStepAsync(step, request, TestContext.Current.CancellationToken);

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1, run.Resumes);
        var pages = (truth.Count + 1) / 2;
        Assert.Equal(pages, run.Requests);
        Assert.Equal(truth.Count, run.Done);
        Assert.Equal(truth.Count * 2, run.Added);
        Assert.Equal(truth.Select(u => u.Id).Order(), (await harness.RecordsAsync(UnifiedModels.User)).Select(r => r.RemoteId).Order());
    }
}
