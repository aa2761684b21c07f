namespace Kombo.Orleans.Tests.Sync.Steps;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.ModelSync;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Steps.Candidates;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Kombo.Orleans.Testing.Sync;
using static Kombo.Orleans.Tests.Sync.Steps.StepTestSupport;

public sealed class CandidatesStepTests
{
    private static readonly CandidatesStep Step = new();

    [Fact]
    public async Task A_full_pass_stores_exactly_the_candidates_applications_interviews_and_offers_of_the_account()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);

        var runs = await harness.SyncAsync(SyncKind.Full, [Step]);

        Succeeded(runs);
        Assert.Equal(Sorted(truth.CandidateIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Candidate)));
        Assert.Equal(Sorted(truth.ApplicationIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Application)));
        Assert.Equal(Sorted(truth.TimeslotIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Interview)));
        Assert.Equal(Sorted(truth.OfferIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Offer)));
        Assert.Equal(truth.CandidateTags, (await harness.RecordsAsync(UnifiedModels.CandidateTag)).Count);
        Assert.NotEmpty(await harness.RecordsAsync(UnifiedModels.InterviewingTeamMember));

        // One spellings record per candidate and one carried stage per application, for the derived steps.
        Assert.Equal(Sorted(truth.CandidateIds), RemoteIds(await harness.RecordsAsync(InternalScopes.TagSpellings)));
        Assert.Equal(Sorted(truth.ApplicationIds), RemoteIds(await harness.RecordsAsync(InternalScopes.CarriedStages)));
        var spelled = (await harness.RecordsAsync(InternalScopes.TagSpellings)).SelectMany(r => TagSpellings.Parse(r.Payload).Tags)
            .Select(t => t.ToLowerInvariant()).Distinct();
        Assert.Equal(truth.TagKeys, Sorted(spelled));

        // Every application points at a stored candidate; every interview and offer at a stored application.
        var candidateIds = (await harness.RecordsAsync(UnifiedModels.Candidate)).Select(r => r.Id).ToHashSet();
        var applicationIds = (await harness.RecordsAsync(UnifiedModels.Application)).Select(r => r.Id).ToHashSet();
        Assert.All(await harness.PayloadsAsync(UnifiedModels.Application), a => Assert.Contains(a.GetProperty("candidate_id").GetString()!, candidateIds));
        Assert.All(await harness.PayloadsAsync(UnifiedModels.Interview), i => Assert.Contains(i.GetProperty("application_id").GetString()!, applicationIds));
        Assert.All(await harness.PayloadsAsync(UnifiedModels.Offer), o => Assert.Contains(o.GetProperty("application_id").GetString()!, applicationIds));
        Assert.Equal(truth.CandidateIds.Count, runs[0].Done);
    }

    [Fact]
    public async Task A_second_full_pass_changes_nothing()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [Step]);
        var applicationsBefore = await harness.RecordsAsync(UnifiedModels.Application);

        var run = (await harness.SyncAsync(SyncKind.Full, [Step]))[0];

        Succeeded([run]);
        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Deleted));
        Assert.True(run.Unchanged > 0);
        Assert.Empty(run.ChangedScopes);
        Assert.Equal(applicationsBefore.Select(r => r.UpdatedAt), (await harness.RecordsAsync(UnifiedModels.Application)).Select(r => r.UpdatedAt));
    }

    [Fact]
    public async Task A_delta_without_changes_costs_only_the_list_and_audit_requests()
    {
        await using var harness = await StepHarness.StartAsync();
        await harness.SyncAsync(SyncKind.Full, [Step]);

        var run = (await harness.SyncAsync(SyncKind.Delta, [Step]))[0];

        Succeeded([run]);
        Assert.Equal(2, run.Requests);
        Assert.Equal((0, 0, 0), (run.Added, run.Updated, run.Unchanged));
    }

    [Fact]
    public async Task A_delta_picks_up_a_personal_data_change_and_a_new_candidate()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await harness.SyncAsync(SyncKind.Full, [Step]);
        var changed = truth.CandidateIds[3];
        await ControlAsync(harness, HttpMethod.Patch, $"candidates/{changed}", new { firstName = "Renamed" });
        var created = await ControlAsync(harness, HttpMethod.Post, "candidates",
            new { jobId = truth.JobIds[0], firstName = "Nova", lastName = "Delta", email = "nova.delta@example.com", tags = new[] { "Brand-New-Tag" } });
        var createdId = created!.Value.GetProperty("id").GetString()!;
        var createdApplication = created.Value.GetProperty("applicationId").GetString()!;

        var run = (await harness.SyncAsync(SyncKind.Delta, [Step]))[0];

        Succeeded([run]);
        var candidates = await harness.PayloadsAsync(UnifiedModels.Candidate);
        Assert.Equal("Renamed", candidates.Single(c => c.GetProperty("remote_id").GetString() == changed).GetProperty("first_name").GetString());
        Assert.Equal("Nova", candidates.Single(c => c.GetProperty("remote_id").GetString() == createdId).GetProperty("first_name").GetString());
        Assert.Contains(createdApplication, RemoteIds(await harness.RecordsAsync(UnifiedModels.Application)));
        Assert.Contains(await harness.RecordsAsync(InternalScopes.TagSpellings), r => TagSpellings.Parse(r.Payload).Tags.Contains("Brand-New-Tag"));

        // Only the two changed candidates were read in full (their new-application audit event names one of them).
        Assert.Equal(2, run.Done);
        Assert.True(run.Added >= 2, "the new candidate and its application");
        Assert.True(run.Updated >= 1, "the renamed candidate");
        Assert.True(run.Requests < 20, $"{run.Requests} requests");
    }

    [Fact]
    public async Task An_application_status_change_reaches_a_delta_through_the_audit_feed_of_an_administrator()
    {
        await using var harness = await StepHarness.StartAsync();
        var (candidate, job, application) = PendingApplication(harness);
        await harness.SyncAsync(SyncKind.Full, [Step]);
        var before = await ApplicationAsync(harness, application);
        Assert.NotEqual("HIRED", before.GetProperty("outcome").GetString());

        await ControlAsync(harness, HttpMethod.Put, $"candidates/{candidate}/jobs/{job}/status", new { status = "HIRED" });
        var run = (await harness.SyncAsync(SyncKind.Delta, [Step]))[0];

        Succeeded([run]);
        Assert.Equal("HIRED", (await ApplicationAsync(harness, application)).GetProperty("outcome").GetString());
        Assert.Equal(1, run.Done);
    }

    [Fact]
    public async Task Without_audit_rights_a_delta_misses_a_status_change_without_failing_and_the_next_full_pass_finds_it()
    {
        await using var harness = await StepHarness.StartAsync();
        var (candidate, job, application) = PendingApplication(harness);
        var notAdmin = await CredentialAsync(harness, admin: false);
        await harness.SyncAsync(SyncKind.Full, [Step], notAdmin);

        await ControlAsync(harness, HttpMethod.Put, $"candidates/{candidate}/jobs/{job}/status", new { status = "HIRED" });
        var delta = (await harness.SyncAsync(SyncKind.Delta, [Step], notAdmin))[0];

        Succeeded([delta]);
        Assert.NotEqual("HIRED", (await ApplicationAsync(harness, application)).GetProperty("outcome").GetString());

        var full = (await harness.SyncAsync(SyncKind.Full, [Step], notAdmin))[0];

        Succeeded([full]);
        Assert.Equal("HIRED", (await ApplicationAsync(harness, application)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_deleted_candidate_is_soft_deleted_by_the_next_clean_full_pass_only()
    {
        await using var harness = await StepHarness.StartAsync();
        var truth = Truth(harness);
        await harness.SyncAsync(SyncKind.Full, [Step]);
        var gone = truth.CandidateIds[5];
        await ControlAsync(harness, HttpMethod.Delete, $"candidates/{gone}");

        await harness.SyncAsync(SyncKind.Delta, [Step]);
        Assert.Contains(gone, RemoteIds(await harness.RecordsAsync(UnifiedModels.Candidate)));

        // A full pass that could not read everything (no access to offers) deletes nothing.
        var noOffers = await CredentialAsync(harness, admin: true, global::SmartRecruiters.Simulator.Auth.Scopes.All
            .Where(s => s != global::SmartRecruiters.Simulator.Auth.Scopes.CandidatesOffersRead));
        var failed = (await harness.SyncAsync(SyncKind.Full, [Step], noOffers))[0];
        Assert.Equal(SyncState.PartiallyFailed, failed.State);
        Assert.Equal(0, failed.Deleted);
        Assert.Contains(gone, RemoteIds(await harness.RecordsAsync(UnifiedModels.Candidate)));

        var full = (await harness.SyncAsync(SyncKind.Full, [Step]))[0];

        Succeeded([full]);
        Assert.DoesNotContain(gone, RemoteIds(await harness.RecordsAsync(UnifiedModels.Candidate)));
        var deleted = (await harness.RecordsAsync(UnifiedModels.Candidate, includeDeleted: true)).Single(r => r.RemoteId == gone);
        Assert.NotNull(deleted.RemoteDeletedAt);
        Assert.True(full.Deleted > 0);
        Assert.DoesNotContain(gone, RemoteIds(await harness.RecordsAsync(InternalScopes.TagSpellings)));
    }

    [Fact]
    public async Task A_new_interview_moves_its_applications_updated_at_but_not_its_changed_at()
    {
        await using var harness = await StepHarness.StartAsync();
        var (candidate, job, application) = PendingApplication(harness);
        await harness.SyncAsync(SyncKind.Full, [Step]);
        var before = (await harness.RecordsAsync(UnifiedModels.Application)).Single(r => r.RemoteId == application);

        var created = await ControlAsync(harness, HttpMethod.Post, $"candidates/{candidate}/jobs/{job}/interviews", new { title = "Panel", timeslots = 2 });
        var run = (await harness.SyncAsync(SyncKind.Full, [Step]))[0];

        Succeeded([run]);
        var slots = created!.Value.GetProperty("timeslots").EnumerateArray().Select(t => t.GetString()!).ToList();
        var interviews = RemoteIds(await harness.RecordsAsync(UnifiedModels.Interview));
        Assert.All(slots, s => Assert.Contains(s, interviews));
        var after = (await harness.RecordsAsync(UnifiedModels.Application)).Single(r => r.RemoteId == application);
        Assert.Equal(before.ChangedAt, after.ChangedAt);
        Assert.True(after.UpdatedAt > before.UpdatedAt);

        // Two interviews (one per timeslot) and their interviewer each; nothing else changed.
        Assert.Equal((4, 0), (run.Added, run.Updated));
    }

    [Fact]
    public async Task A_resumed_run_continues_from_its_cursor_without_losing_or_repeating_records()
    {
        var store = new CancellingStore(new InMemoryRecordStore());
        await using var harness = await StepHarness.StartAsync(o => o.Candidates = 260, store);
        var truth = Truth(harness);
        var request = new ModelSyncRequest("sync-resume", SyncKind.Full, 1, harness.Connection(), ScopeConfig.All, []);

        // The activation is lost right after its first page was committed.
        using var cancel = new CancellationTokenSource();
        store.AfterCheckpoint = count =>
        {
            if (count == 1)
            {
                cancel.Cancel();
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunStepAsync(Step, request, cancel.Token));
        var interrupted = StepCheckpoint.Parse((await store.GetCheckpointAsync(new RecordScope(harness.IntegrationId, UnifiedModels.Candidate),
            TestContext.Current.CancellationToken)).Value).Run!;
        Assert.Equal(CandidatesStep.CandidatesPhase, interrupted.Phase);
        Assert.NotNull(interrupted.Cursor);
        Assert.Equal(100, interrupted.Done);

        store.AfterCheckpoint = _ => { };
        var run = await harness.RunStepAsync(Step, request, TestContext.Current.CancellationToken);

        Succeeded([run]);
        Assert.Equal(1, run.Resumes);
        Assert.Equal(truth.CandidateIds.Count, run.Done);
        Assert.Equal(Sorted(truth.CandidateIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Candidate)));
        Assert.Equal(Sorted(truth.ApplicationIds), RemoteIds(await harness.RecordsAsync(UnifiedModels.Application)));
        var candidates = truth.CandidateIds.Count;
        Assert.Equal(0, run.Updated);
        Assert.Equal(0, run.Unchanged);
        Assert.True(run.Added >= candidates + truth.ApplicationIds.Count);

        // The committed first page was not read again; at most the page loading ahead of it when the activation was
        // lost is read twice (its candidates' details at most once more each).
        var endpoints = harness.Simulator.Traffic.For(harness.AccountId).Endpoints;
        var pages = (candidates + 99) / 100;
        Assert.InRange(endpoints["GET /candidates"].Requests, pages, pages + 1);
        Assert.InRange(endpoints["GET /candidates/{id}"].Requests, candidates, candidates + 100);
    }

    /// <summary>An unchanged, still pending application: (candidate, job, application remote id).</summary>
    private static (string Candidate, string Job, string Application) PendingApplication(StepHarness harness)
    {
        var sim = harness.Simulator.Accounts.Accounts[0];
        lock (sim.Sync)
        {
            var application = Enumerable.Range(0, sim.Candidates.Capacity).Select(sim.Candidates.Get)
                .Where(c => c is not null).SelectMany(c => c!.Applications)
                .First(a => a.Status is "NEW" or "IN_REVIEW" or "INTERVIEW" or "OFFERED");
            return (application.CandidateId, application.JobId, application.ApplicationId);
        }
    }

    private static async Task<JsonElement> ApplicationAsync(StepHarness harness, string remoteId) =>
        (await harness.PayloadsAsync(UnifiedModels.Application)).Single(a => a.GetProperty("remote_id").GetString() == remoteId);

    /// <summary>The in-memory store, telling the test after each checkpoint write of the candidates step.</summary>
    private sealed class CancellingStore(IRecordStore inner) : IRecordStore
    {
        private int _checkpoints;

        public Action<int> AfterCheckpoint { get; set; } = _ => { };

        public async Task<CommitResult> CommitAsync(RecordCommit commit, CancellationToken cancellationToken = default)
        {
            var result = await inner.CommitAsync(commit, cancellationToken);
            if (commit.Checkpoint is not null && commit.Scope.Model == UnifiedModels.Candidate)
            {
                AfterCheckpoint(Interlocked.Increment(ref _checkpoints));
            }

            return result;
        }

        public Task<int> MarkUnseenDeletedAsync(RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint = null, CancellationToken cancellationToken = default) =>
            inner.MarkUnseenDeletedAsync(scope, pass, at, checkpoint, cancellationToken);

        public Task<StoredCheckpoint> GetCheckpointAsync(RecordScope scope, CancellationToken cancellationToken = default) =>
            inner.GetCheckpointAsync(scope, cancellationToken);

        public Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

        public Task<RecordCounts> CountAsync(RecordScope scope, CancellationToken cancellationToken = default) => inner.CountAsync(scope, cancellationToken);

        public Task<long> DeleteIntegrationAsync(string integrationId, CancellationToken cancellationToken = default) =>
            inner.DeleteIntegrationAsync(integrationId, cancellationToken);
    }
}
