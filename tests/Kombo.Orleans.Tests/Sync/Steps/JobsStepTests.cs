namespace Kombo.Orleans.Tests.Sync.Steps;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;

public sealed class JobsStepTests
{
    private const string JobDetails = "GET /jobs/{jobId}";
    private const string HiringTeam = "GET /jobs/{jobId}/hiring-team";

    [Fact]
    public async Task A_full_pass_stores_every_job_with_its_postings_hiring_team_roles_and_screening_questions()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = SimulatorTruth.Jobs(harness);

        var run = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(0, run.Failed);
        await AssertMatchesAsync(harness, truth);

        // One list page, four reads per job, the public postings once, and one configuration per job with a public posting.
        var publicJobs = truth.Count(j => j.QuestionIds.Count > 0);
        Assert.Equal(1 + (4 * truth.Count) + 1 + publicJobs, run.Requests);
        Assert.Equal(truth.Count, run.Done);
    }

    [Fact]
    public async Task A_second_full_pass_over_the_same_account_changes_nothing()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep()]);
        var before = await ChangedAtAsync(harness);

        var run = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Deleted));
        Assert.Empty(run.ChangedScopes);
        Assert.Equal(before, await ChangedAtAsync(harness));
    }

    [Fact]
    public async Task A_delta_without_changes_reads_only_the_jobs_list()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep()]);

        var run = (await harness.SyncAsync(SyncKind.Delta, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1, run.Requests);
        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Unchanged));
    }

    [Fact]
    public async Task A_job_unpublished_in_SmartRecruiters_is_picked_up_alone_by_the_next_delta_and_its_questions_go_with_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep()]);
        var account = SimulatorTruth.Account(harness);
        string jobId, adId;
        lock (account.Sync)
        {
            var job = account.Jobs.First(j => j.DefaultAd is { PostingStatus: "PUBLISHED" });
            (jobId, adId) = (job.Id, job.DefaultAd!.Id);
        }

        await SimulatorTruth.SendAsync(harness, HttpMethod.Delete, $"/jobs/{jobId}/publication");
        var traffic = harness.Simulator.Traffic.For(harness.AccountId);
        var detailsBefore = traffic.Endpoints[JobDetails].Requests;
        var run = (await harness.SyncAsync(SyncKind.Delta, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1, run.Done);
        Assert.Equal(1, traffic.Endpoints[JobDetails].Requests - detailsBefore);
        Assert.Contains(UnifiedModels.Job, run.ChangedScopes);
        var posting = (await harness.PayloadsAsync(UnifiedModels.JobPosting)).Single(p => SimulatorTruth.Text(p, "remote_id") == adId);
        Assert.Equal("INACTIVE", SimulatorTruth.Text(posting, "status"));
        await AssertMatchesAsync(harness, SimulatorTruth.Jobs(harness), deltaOnly: true);

        var full = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, full.State);
        await AssertMatchesAsync(harness, SimulatorTruth.Jobs(harness));
    }

    [Fact]
    public async Task A_new_hiring_team_member_moves_its_jobs_updated_at_but_not_its_changed_at()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep()]);
        var jobId = "";
        SimulatorTruth.Change(harness, a =>
        {
            var job = a.Jobs[0];
            jobId = job.Id;
            var newcomer = a.Users.First(u => job.HiringTeam.All(m => m.UserId != u.Id));
            job.HiringTeam.Add(new global::SmartRecruiters.Simulator.Data.Model.SimHiringTeamMember(newcomer.Id, "COORDINATOR"));
        });
        var before = (await harness.RecordsAsync(UnifiedModels.Job)).Single(r => r.RemoteId == jobId);

        var run = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal(2, run.Added);
        Assert.Equal(0, run.Updated);
        var after = (await harness.RecordsAsync(UnifiedModels.Job)).Single(r => r.RemoteId == jobId);
        Assert.Equal(before.ChangedAt, after.ChangedAt);
        Assert.True(after.UpdatedAt > before.UpdatedAt);
        Assert.All((await harness.RecordsAsync(UnifiedModels.Job)).Where(r => r.RemoteId != jobId), r => Assert.Equal(r.ChangedAt, r.UpdatedAt));
    }

    [Fact]
    public async Task Disabled_scopes_are_not_stored_and_their_endpoints_are_not_called()
    {
        await using var harness = await StepHarness.StartAsync();
        var jobs = SimulatorTruth.Jobs(harness).Count;
        harness.Scope = new ScopeConfig(
            ["ats_join_jobs_hiring_team", "ats_join_jobs_users_roles", "ats_roles", "ats_screening_questions", "ats_join_jobs_screening_questions"],
            new() { ["ats_jobs"] = ["description", "remote_data"] });

        var run = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1 + (3 * jobs), run.Requests);
        Assert.False(harness.Simulator.Traffic.For(harness.AccountId).Endpoints.ContainsKey(HiringTeam));
        Assert.Equal(jobs, (await harness.RecordsAsync(UnifiedModels.Job)).Count);
        Assert.NotEmpty(await harness.RecordsAsync(UnifiedModels.JobPosting));
        foreach (var scope in new[] { UnifiedModels.JobHiringTeamMember, UnifiedModels.JobUserRoleAssignment, UnifiedModels.ScreeningQuestion, UnifiedModels.JobScreeningQuestion, InternalScopes.JobRoles })
        {
            Assert.Empty(await harness.RecordsAsync(scope, includeDeleted: true));
        }

        Assert.All(await harness.PayloadsAsync(UnifiedModels.Job), p =>
        {
            Assert.False(p.TryGetProperty("description", out _));
            Assert.False(p.TryGetProperty("remote_data", out _));
            Assert.True(p.TryGetProperty("name", out _));
        });
    }

    [Fact]
    public async Task A_job_ad_gone_from_SmartRecruiters_is_soft_deleted_by_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [new JobsStep()]);
        string? gone = null;
        SimulatorTruth.Change(harness, a =>
        {
            var job = a.Jobs.First(j => j.Ads.Count(ad => !ad.Default) > 0);
            var ad = job.Ads.First(ad => !ad.Default);
            gone = ad.Id;
            job.Ads.Remove(ad);
        });

        var run = (await harness.SyncAsync(SyncKind.Full, [new JobsStep()])).Single();

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.NotNull((await harness.RecordsAsync(UnifiedModels.JobPosting, includeDeleted: true)).Single(r => r.RemoteId == gone).RemoteDeletedAt);
        await AssertMatchesAsync(harness, SimulatorTruth.Jobs(harness));
    }

    [Fact]
    public async Task An_interrupted_run_resumes_at_the_page_after_the_last_commit_without_reading_a_job_twice()
    {
        var store = new InterruptingRecordStore();
        await using var harness = await StepHarness.StartAsync(store: store);
        var truth = SimulatorTruth.Jobs(harness);
        var step = new JobsStep(pageSize: 1);
        var request = new ModelSyncRequest("sync-interrupted", SyncKind.Full, 1, harness.Connection(), harness.Scope, []);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunStepAsync(step, request, store.Interrupt.Token));
        Assert.Single(await harness.RecordsAsync(UnifiedModels.Job));

        var run = await harness.RunStepAsync(step, request, TestContext.Current.CancellationToken);

        Assert.Equal(SyncState.Succeeded, run.State);
        Assert.Equal(1, run.Resumes);
        Assert.Equal(truth.Count, run.Done);
        Assert.Equal(truth.Count, harness.Simulator.Traffic.For(harness.AccountId).Endpoints[JobDetails].Requests);
        await AssertMatchesAsync(harness, truth);
    }

    /// <summary>The stored records of every jobs scope against the simulator's account, by remote id.</summary>
    private static async Task AssertMatchesAsync(StepHarness harness, IReadOnlyList<SimulatorTruth.Job> truth, bool deltaOnly = false)
    {
        Assert.Equal(truth.Select(j => j.Id).Order(), await RemoteIdsAsync(harness, UnifiedModels.Job));
        Assert.Equal(truth.SelectMany(j => j.AdIds).Order(), await RemoteIdsAsync(harness, UnifiedModels.JobPosting));
        Assert.Equal(truth.SelectMany(j => j.Team.Select(m => $"{j.Id}:{m.UserId}")).Distinct().Order(),
            await RemoteIdsAsync(harness, UnifiedModels.JobHiringTeamMember));
        Assert.Equal(truth.SelectMany(j => j.Team.Select(m => $"{j.Id}:{m.UserId}:{m.Role}")).Distinct().Order(),
            await RemoteIdsAsync(harness, UnifiedModels.JobUserRoleAssignment));
        if (!deltaOnly)
        {
            // A delta never deletes: questions a job does not ask any more stay until the next full pass.
            Assert.Equal(truth.SelectMany(j => j.QuestionIds.Select(q => $"{j.Id}:{q}")).Order(), await RemoteIdsAsync(harness, UnifiedModels.JobScreeningQuestion));
            Assert.Equal(truth.SelectMany(j => j.QuestionIds).Distinct().Order(), await RemoteIdsAsync(harness, UnifiedModels.ScreeningQuestion));
        }

        var roles = (await harness.RecordsAsync(InternalScopes.JobRoles)).ToDictionary(
            r => r.RemoteId, r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("roles").EnumerateArray().Select(e => e.GetString()!).ToList());
        Assert.Equal(truth.Select(j => j.Id).Order(), roles.Keys.Order());
        Assert.All(truth, j => Assert.Equal(j.Team.Select(m => m.Role).Distinct().Order(StringComparer.Ordinal), roles[j.Id]));

        foreach (var scope in new[] { UnifiedModels.Job, UnifiedModels.JobPosting, UnifiedModels.JobHiringTeamMember, UnifiedModels.JobUserRoleAssignment })
        {
            Assert.All(await harness.RecordsAsync(scope), r => Assert.Equal(UnifiedIds.For(harness.IntegrationId, scope, r.RemoteId), r.Id));
        }
    }

    private static async Task<IReadOnlyList<string>> RemoteIdsAsync(StepHarness harness, string scope) =>
        (await harness.RecordsAsync(scope)).Select(r => r.RemoteId).Order().ToList();

    private static async Task<Dictionary<string, DateTimeOffset>> ChangedAtAsync(StepHarness harness)
    {
        var all = new Dictionary<string, DateTimeOffset>();
        foreach (var scope in new JobsStep().Scopes)
        {
            foreach (var record in await harness.RecordsAsync(scope))
            {
                all[$"{scope}/{record.Id}"] = record.ChangedAt;
            }
        }

        return all;
    }
}
