using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Kombo.Orleans.Grains.Steps.Candidates;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.SmartRecruiters.Paging;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Candidates and everything only reachable through them: candidate tags, applications, interviews, their
/// interviewers and offers, plus the tag spellings and carried stages the tags and stages steps derive from.
/// Walks <c>GET /candidates</c> page by page (changed ones only in a DELTA), loads each listed candidate fully
/// (<see cref="CandidateLoader"/>) and commits every page with the cursor of the next one.
/// </summary>
/// <remarks>
/// SmartRecruiters does not move a candidate's <c>updatedOn</c> when one of its applications changes status, so
/// a DELTA also reads the audit feed for application status changes and new applications and reloads those
/// candidates. The audit feed needs an administrator; without one those changes wait for the next FULL.
/// </remarks>
public sealed class CandidatesStep : ISyncStep
{
    /// <summary>Walking the candidate list; the cursor is the next page's.</summary>
    public const string CandidatesPhase = "candidates";

    /// <summary>Walking the audit feed (DELTA only); the cursor is the next page's, null for its first.</summary>
    public const string AuditPhase = "audit";

    /// <summary>Everything committed: a resume has nothing left to do.</summary>
    public const string DonePhase = "done";

    /// <summary>The audit events that change an application without moving its candidate's <c>updatedOn</c>.</summary>
    public static readonly IReadOnlyList<string> AuditEvents = ["JOB_APPLICATION_STATE_MODIFIED", "JOB_APPLICATION_CREATED"];

    public string Model => SyncModels.Candidates;

    public IReadOnlyList<string> Scopes { get; } =
    [
        UnifiedModels.Candidate, UnifiedModels.CandidateTag, InternalScopes.TagSpellings, UnifiedModels.Application,
        InternalScopes.CarriedStages, UnifiedModels.Interview, UnifiedModels.InterviewingTeamMember, UnifiedModels.Offer,
    ];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var loader = new CandidateLoader(context);

        // Candidates this run already loaded (in memory only: after a resume a few may be loaded twice, which is harmless).
        var loaded = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var resume = context.Resume;
        if (resume.Phase is null or CandidatesPhase)
        {
            await WalkCandidatesAsync(context, loader, resume.Cursor, loaded, cancellationToken);
            resume = AfterCandidates(context);
        }

        if (resume.Phase == AuditPhase && context.UpdatedAfter is { } since)
        {
            await WalkAuditAsync(context, loader, since, resume.Cursor, loaded, cancellationToken);
        }
    }

    private static StepPosition AfterCandidates(SyncStepContext context) =>
        context.UpdatedAfter is null ? new StepPosition(DonePhase) : new StepPosition(AuditPhase);

    private async Task WalkCandidatesAsync(
        SyncStepContext context, CandidateLoader loader, string? startCursor, ConcurrentDictionary<string, byte> loaded, CancellationToken cancellationToken)
    {
        var pages = 0;
        try
        {
            await WalkCandidatePagesAsync(context, loader, startCursor, loaded, () => pages++, cancellationToken);
        }
        catch (SmartRecruitersException e) when (startCursor is not null && pages == 0 && e.Status == HttpStatusCode.BadRequest)
        {
            // The cursor a crashed run left no longer works (SmartRecruiters' page ids expire): walk again from the start.
            await WalkCandidatePagesAsync(context, loader, null, loaded, () => { }, cancellationToken);
        }
    }

    /// <summary>
    /// Pipelined: while one page's candidates load, the next list page is read and its candidates queue for the
    /// same <see cref="SyncStepContext.MaxParallelism"/> slots, so the credential's concurrency stays used across
    /// page boundaries. Pages are still committed one by one, in order, each once all its candidates are loaded,
    /// so a checkpoint never moves past a candidate that is not stored.
    /// </summary>
    private async Task WalkCandidatePagesAsync(
        SyncStepContext context, CandidateLoader loader, string? startCursor, ConcurrentDictionary<string, byte> loaded, Action pageRead,
        CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(SyncStepContext.MaxParallelism);
        var inFlight = new Queue<InFlightPage>();
        try
        {
            await foreach (var page in context.Client.CandidatesAsync(context.UpdatedAfter, failed.Token, startCursor: startCursor))
            {
                pageRead();
                context.Skipped(UnifiedModels.Candidate, page.Skipped);
                var ids = page.Records.Select(c => c.Id!).Distinct(StringComparer.Ordinal).ToList();
                var next = page.NextCursor is { } cursor ? new StepPosition(CandidatesPhase, cursor) : AfterCandidates(context);

                var batch = CandidateLoader.NewBatch(context, Scopes);
                var progress = (page.Records.Count + page.Skipped.Count, page.TotalFound);
                inFlight.Enqueue(new InFlightPage(LoadAllAsync(loader, ids, batch, loaded, slots, failed), batch, next, progress));

                // At most two pages in memory: the one loading and the one queued behind it.
                while (inFlight.Count > 1 || inFlight.Peek().Loads.IsCompleted)
                {
                    await CommitOldestAsync(context, inFlight, cancellationToken);
                    if (inFlight.Count == 0)
                    {
                        break;
                    }
                }
            }

            while (inFlight.Count > 0)
            {
                await CommitOldestAsync(context, inFlight, cancellationToken);
            }
        }
        finally
        {
            // A failure stops the loads still running; they must not outlive the run.
            await failed.CancelAsync();
            await Task.WhenAll(inFlight.Select(p => p.Loads.ContinueWith(static _ => { }, TaskScheduler.Default)));
        }
    }

    private static async Task CommitOldestAsync(SyncStepContext context, Queue<InFlightPage> inFlight, CancellationToken cancellationToken)
    {
        var (loads, batch, next, (processed, total)) = inFlight.Peek();
        await loads;
        inFlight.Dequeue();

        // Counted with the commit, so the checkpoint written with the page carries exactly what it stored.
        context.Progress(processed, total);
        await context.CommitAsync(batch, next, cancellationToken);
    }

    private sealed record InFlightPage(Task Loads, PageBatch Batch, StepPosition Next, (int Processed, int? Total) Progress);

    private static Task LoadAllAsync(
        CandidateLoader loader, IReadOnlyList<string> candidateIds, PageBatch batch, ConcurrentDictionary<string, byte> loaded, SemaphoreSlim slots,
        CancellationTokenSource failed) =>
        Task.WhenAll(candidateIds.Select(async candidateId =>
        {
            await slots.WaitAsync(failed.Token);
            try
            {
                await loader.LoadAsync(candidateId, batch, failed.Token);
                loaded.TryAdd(candidateId, 0);
            }
            catch (Exception) when (!failed.IsCancellationRequested)
            {
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                slots.Release();
            }
        }));

    private async Task WalkAuditAsync(
        SyncStepContext context, CandidateLoader loader, DateTimeOffset since, string? startCursor, ConcurrentDictionary<string, byte> loaded,
        CancellationToken cancellationToken)
    {
        var pages = context.Client.AuditEventsAsync(since, AuditEvents, cancellationToken, startCursor: startCursor).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                RecordPage<AuditEventDto> page;
                try
                {
                    if (!await pages.MoveNextAsync())
                    {
                        return;
                    }

                    page = pages.Current;
                }
                catch (SmartRecruitersException e) when (e.Status == HttpStatusCode.Forbidden)
                {
                    // Only administrators read the audit feed. Not a failure: the next FULL catches status changes.
                    return;
                }

                // Events the client skipped (no id) are ignored: they name no candidate we could read, and the next FULL covers them.
                var ids = page.Records.Select(CandidateOf).Where(id => id is not null && !loaded.ContainsKey(id)).Select(id => id!)
                    .Distinct(StringComparer.Ordinal).ToList();
                var next = page.NextCursor is { } cursor ? new StepPosition(AuditPhase, cursor) : new StepPosition(DonePhase);
                context.Progress(ids.Count);
                await LoadAndCommitAsync(context, loader, ids, loaded, next, cancellationToken);
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }
    }

    /// <summary>Loads candidates in parallel into one page and commits it with the position after it.</summary>
    private async Task LoadAndCommitAsync(
        SyncStepContext context, CandidateLoader loader, IReadOnlyList<string> candidateIds, ConcurrentDictionary<string, byte> loaded, StepPosition next,
        CancellationToken cancellationToken)
    {
        var batch = CandidateLoader.NewBatch(context, Scopes);
        await Parallel.ForEachAsync(
            candidateIds,
            new ParallelOptions { MaxDegreeOfParallelism = SyncStepContext.MaxParallelism, CancellationToken = cancellationToken },
            async (candidateId, token) =>
            {
                await loader.LoadAsync(candidateId, batch, token);
                loaded.TryAdd(candidateId, 0);
            });
        await context.CommitAsync(batch, next, cancellationToken);
    }

    private static string? CandidateOf(AuditEventDto auditEvent) =>
        auditEvent.Context is { } details && details.TryGetValue("candidateId", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() is { Length: > 0 } id ? id : null
            : null;
}
