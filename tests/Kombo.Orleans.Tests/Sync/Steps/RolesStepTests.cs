namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;

public sealed class RolesStepTests
{
    private const string CustomRole = "BAR_RAISER";

    [Fact]
    public async Task A_full_pass_stores_the_system_roles_the_built_in_job_roles_and_every_hiring_team_role()
    {
        await using var harness = await StepHarness.StartAsync();

        var runs = await harness.SyncAsync(SyncKind.Full, [new JobsStep(), new RolesStep()]);

        Assert.All(runs, r => Assert.Equal(SyncState.Succeeded, r.State));
        Assert.Equal(Expected(harness), await StoredAsync(harness));
        Assert.All(await harness.RecordsAsync(UnifiedModels.Role), r => Assert.Equal(
            r.Id, SimulatorTruth.Text(System.Text.Json.JsonDocument.Parse(r.Payload).RootElement, "scope") == "SYSTEM"
                ? RoleMapper.SystemRoleId(new MappingContext(harness.IntegrationId, default), r.RemoteId)
                : RoleMapper.JobRoleId(new MappingContext(harness.IntegrationId, default), r.RemoteId)));
        Assert.Equal(1, runs[1].Requests);
    }

    [Fact]
    public async Task A_second_full_pass_changes_nothing_and_a_delta_without_job_changes_costs_one_request()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep(), new RolesStep()]);
        var before = (await harness.RecordsAsync(UnifiedModels.Role)).ToDictionary(r => r.Id, r => r.ChangedAt);

        var full = (await harness.SyncAsync(SyncKind.Full, [new JobsStep(), new RolesStep()]))[1];
        var delta = (await harness.SyncAsync(SyncKind.Delta, [new JobsStep(), new RolesStep()]))[1];

        Assert.Equal((0, 0, 0, (long)before.Count), (full.Added, full.Updated, full.Deleted, full.Unchanged));
        Assert.Equal((0, 0, 1), (delta.Added, delta.Updated, delta.Requests));
        Assert.Equal(before, (await harness.RecordsAsync(UnifiedModels.Role)).ToDictionary(r => r.Id, r => r.ChangedAt));
    }

    [Fact]
    public async Task A_custom_hiring_team_role_comes_with_the_next_delta_and_goes_with_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep(), new RolesStep()]);
        var account = SimulatorTruth.Account(harness);
        var jobId = "";
        SimulatorTruth.Change(harness, a =>
        {
            var job = a.Jobs[0];
            jobId = job.Id;
            job.HiringTeam.Add(new global::SmartRecruiters.Simulator.Data.Model.SimHiringTeamMember(a.Users[0].Id, CustomRole));
            job.UpdatedOn = DateTimeOffset.UtcNow;
        });

        var delta = await harness.SyncAsync(SyncKind.Delta, [new JobsStep(), new RolesStep()]);

        Assert.Contains(InternalScopes.JobRoles, delta[0].ChangedScopes);
        Assert.Equal(1, delta[1].Added);
        Assert.Contains($"JOB:{CustomRole}", await StoredAsync(harness));
        Assert.Equal(Expected(harness), await StoredAsync(harness));

        SimulatorTruth.Change(harness, a => a.JobsById[jobId].HiringTeam.RemoveAll(m => m.Role == CustomRole));
        var full = await harness.SyncAsync(SyncKind.Full, [new JobsStep(), new RolesStep()]);

        Assert.Equal(1, full[1].Deleted);
        Assert.DoesNotContain($"JOB:{CustomRole}", await StoredAsync(harness));
        Assert.Equal(Expected(harness), await StoredAsync(harness));
        lock (account.Sync)
        {
            Assert.DoesNotContain(account.Jobs.SelectMany(j => j.HiringTeam), m => m.Role == CustomRole);
        }
    }

    /// <summary>Roles as <c>SCOPE:remote id</c>: the account's system roles, the built-ins, and the roles of its hiring teams.</summary>
    private static IReadOnlyList<string> Expected(StepHarness harness) =>
        SimulatorTruth.SystemRoleIds(harness).Select(r => $"SYSTEM:{r}")
            .Concat(RoleMapper.BuiltInJobRoles.Concat(SimulatorTruth.Jobs(harness).SelectMany(j => j.Team.Select(m => m.Role))).Distinct().Select(r => $"JOB:{r}"))
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<string>> StoredAsync(StepHarness harness) =>
        (await harness.PayloadsAsync(UnifiedModels.Role))
            .Select(p => $"{SimulatorTruth.Text(p, "scope")}:{SimulatorTruth.Text(p, "remote_id")}")
            .Order(StringComparer.Ordinal).ToList();
}
