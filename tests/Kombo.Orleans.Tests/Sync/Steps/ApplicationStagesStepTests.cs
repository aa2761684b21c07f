namespace Kombo.Orleans.Tests.Sync.Steps;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Steps.Candidates;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Testing.Sync;
using static Kombo.Orleans.Tests.Sync.Steps.StepTestSupport;

public sealed class ApplicationStagesStepTests
{
    [Fact]
    public async Task A_full_pass_stores_the_configured_and_carried_stages_and_every_jobs_stages()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await SeedJobsAsync(harness, truth.JobIds);

        var runs = await harness.SyncAsync(SyncKind.Full, CandidateSteps());

        Succeeded(runs);
        Assert.Equal(1, runs[2].Requests);
        var stages = await harness.RecordsAsync(UnifiedModels.ApplicationStage);
        var (listed, active) = Configured(harness);
        Assert.Subset(RemoteIds(stages).ToHashSet(), listed);

        // Stages no process lists exist because applications carry them, so every current stage resolves.
        var carried = (await harness.RecordsAsync(InternalScopes.CarriedStages)).Select(r => CarriedStage.Parse(r.Payload)).ToList();
        var unlisted = carried.Select(c => c.StageRemoteId).OfType<string>().Where(s => !listed.Contains(s)).ToHashSet();
        Assert.NotEmpty(unlisted);
        Assert.Equal(listed.Concat(unlisted).Order(StringComparer.Ordinal), RemoteIds(stages));
        var stageIds = stages.Select(s => s.Id).ToHashSet();
        Assert.All(await harness.PayloadsAsync(UnifiedModels.Application), a =>
            Assert.True(a.GetProperty("current_stage_id").GetString() is not { } id || stageIds.Contains(id)));

        // Each job has the active stages, then the other stages its applications carry.
        var jobStages = await harness.RecordsAsync(UnifiedModels.JobApplicationStage);
        foreach (var job in truth.JobIds)
        {
            var expected = active.Concat(carried.Where(c => c.JobRemoteId == job).Select(c => c.StageRemoteId).OfType<string>()).Distinct().Count();
            Assert.Equal(expected, jobStages.Count(s => s.RemoteId.StartsWith(job + ":", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Unlisted_stages_are_kept_but_marked_deleted_by_the_next_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await SeedJobsAsync(harness, truth.JobIds);
        await harness.SyncAsync(SyncKind.Full, CandidateSteps());
        var (listed, _) = Configured(harness);

        var runs = await harness.SyncAsync(SyncKind.Full, CandidateSteps());

        Succeeded(runs);
        var all = await harness.RecordsAsync(UnifiedModels.ApplicationStage, includeDeleted: true);
        Assert.All(all, s => Assert.Equal(!listed.Contains(s.RemoteId), s.RemoteDeletedAt is not null));
        Assert.Contains(all, s => s.RemoteDeletedAt is not null);
        Assert.Equal(listed.Order(StringComparer.Ordinal), RemoteIds(await harness.RecordsAsync(UnifiedModels.ApplicationStage)));

        // Still there for every application that carries one.
        var stageIds = all.Select(s => s.Id).ToHashSet();
        Assert.All(await harness.PayloadsAsync(UnifiedModels.Application), a =>
            Assert.True(a.GetProperty("current_stage_id").GetString() is not { } id || stageIds.Contains(id)));

        // A third pass keeps them deleted (they are never committed again while unlisted).
        runs = await harness.SyncAsync(SyncKind.Full, CandidateSteps());
        Assert.Equal(all.Select(s => (s.Id, s.RemoteDeletedAt)),
            (await harness.RecordsAsync(UnifiedModels.ApplicationStage, includeDeleted: true)).Select(s => (s.Id, s.RemoteDeletedAt)));
        Assert.Equal((0, 0, 0), (runs[2].Added, runs[2].Updated, runs[2].Deleted));
    }

    [Fact]
    public async Task A_delta_without_changes_reads_the_processes_only_and_derives_no_job_stages()
    {
        await using var harness = await StepHarness.StartAsync();
        await SeedJobsAsync(harness, Truth(harness).JobIds);
        await harness.SyncAsync(SyncKind.Full, CandidateSteps());
        var (listed, _) = Configured(harness);

        var runs = await harness.SyncAsync(SyncKind.Delta, CandidateSteps());

        Succeeded(runs);
        Assert.Equal(1, runs[2].Requests);
        Assert.Equal((0, 0, listed.Count), (runs[2].Added, runs[2].Updated, (int)runs[2].Unchanged));
    }

    [Fact]
    public async Task A_new_sub_status_in_a_process_becomes_a_stage_of_every_job_in_a_full_pass()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await SeedJobsAsync(harness, truth.JobIds);
        await harness.SyncAsync(SyncKind.Full, CandidateSteps());
        var process = ActiveProcess(harness);
        var jobsBefore = (await harness.RecordsAsync(UnifiedModels.Job)).ToDictionary(j => j.Id, j => j.UpdatedAt);
        await ControlAsync(harness, HttpMethod.Put, $"hiring-processes/{process.Id}",
            new { subStatuses = new Dictionary<string, string[]> { ["INTERVIEW"] = [.. process.Interview, "Fireside chat"] } });

        var runs = await harness.SyncAsync(SyncKind.Full, CandidateSteps());

        Succeeded(runs);
        Assert.Contains("INTERVIEW:Fireside chat", RemoteIds(await harness.RecordsAsync(UnifiedModels.ApplicationStage)));
        var ctx = new MappingContext(harness.IntegrationId, DateTimeOffset.UtcNow);
        var stageId = ApplicationStageMapper.StageId(ctx, "INTERVIEW:Fireside chat");
        var jobStages = await harness.PayloadsAsync(UnifiedModels.JobApplicationStage);
        Assert.Equal(truth.JobIds.Count, jobStages.Count(s => s.GetProperty("stage_id").GetString() == stageId));

        // Each job gained a stage (nested, added): its updated_at moved, its changed_at did not.
        var jobs = await harness.RecordsAsync(UnifiedModels.Job);
        Assert.All(jobs, j => Assert.True(j.UpdatedAt > jobsBefore[j.Id]));
    }

    /// <summary>The stage remote ids the hiring processes list, and those every job has (statuses and active sub-statuses).</summary>
    private static (HashSet<string> Listed, HashSet<string> Active) Configured(StepHarness harness)
    {
        var sim = harness.Simulator.Accounts.Accounts[0];
        lock (sim.Sync)
        {
            var listed = new HashSet<string>(StageIds.StageStatuses, StringComparer.Ordinal);
            var active = new HashSet<string>(StageIds.StageStatuses, StringComparer.Ordinal);
            foreach (var process in sim.Configuration.HiringProcesses)
            {
                foreach (var (status, labels) in process.SubStatuses)
                {
                    listed.UnionWith(labels.Select(l => $"{status}:{l}"));
                    if (process.Active)
                    {
                        active.UnionWith(labels.Select(l => $"{status}:{l}"));
                    }
                }
            }

            return (listed, active);
        }
    }

    private static (string Id, string[] Interview) ActiveProcess(StepHarness harness)
    {
        var sim = harness.Simulator.Accounts.Accounts[0];
        lock (sim.Sync)
        {
            var process = sim.Configuration.HiringProcesses.First(p => p.Active);
            return (process.Id, [.. process.SubStatuses["INTERVIEW"]]);
        }
    }
}
