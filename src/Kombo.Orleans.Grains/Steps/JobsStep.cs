using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.SmartRecruiters.Paging;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Jobs and everything SmartRecruiters keeps per job: postings (job ads), hiring team members and their role
/// assignments, the hiring-team role strings the roles step derives JOB roles from, and the screening questions of
/// the job's public posting. One jobs list page per commit (a DELTA lists only the jobs changed since the last
/// pass); the jobs of a page are read in parallel, and only the endpoints some enabled scope needs are called.
/// </summary>
/// <remarks>
/// Parent links follow Kombo's <c>updated_after</c> rules for jobs: a posting or a job screening question counts
/// when added, removed or changed; a hiring team member or a role assignment only when added or removed (the
/// assignments are the <c>job_roles</c> of the job's embedded hiring team); a screening question's change counts
/// for the jobs that use it. A question is shared by jobs, so its links name the jobs of the page that carries
/// it (the last page to carry it in a pass wins).
/// </remarks>
/// <param name="pageSize">Jobs per list request (and so per commit); smaller only in tests that need several pages.</param>
public sealed class JobsStep(int pageSize = SmartRecruitersClient.MaxPageSize) : ISyncStep
{
    private const string ListPhase = "jobs";

    /// <summary>The last page is committed: a resumed run has nothing left to read.</summary>
    private const string DonePhase = "done";

    public string Model => SyncModels.Jobs;

    /// <summary>In commit order: jobs before what links to them.</summary>
    public IReadOnlyList<string> Scopes { get; } =
    [
        UnifiedModels.Job, UnifiedModels.JobPosting, UnifiedModels.JobHiringTeamMember, UnifiedModels.JobUserRoleAssignment,
        UnifiedModels.ScreeningQuestion, UnifiedModels.JobScreeningQuestion, InternalScopes.JobRoles,
    ];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        if (context.Resume.Phase == DonePhase)
        {
            return;
        }

        var needs = Needs.Of(context);
        IReadOnlyList<PostingDto>? postings = null;
        await foreach (var page in context.Client.JobsAsync(context.UpdatedAfter, cancellationToken, pageSize, context.Resume.Cursor))
        {
            context.Skipped(UnifiedModels.Job, page.Skipped);
            var batch = context.NewBatch();
            foreach (var scope in Scopes)
            {
                batch.Reserve(scope);
            }

            // The public postings list is read once per run, and only once some job needs it.
            if (needs.Screening && postings is null && page.Records.Count > 0)
            {
                postings = await PublicPostingsAsync(context, cancellationToken);
            }

            var questions = new ConcurrentDictionary<string, SharedQuestion>(StringComparer.Ordinal);
            var options = new ParallelOptions { MaxDegreeOfParallelism = SyncStepContext.MaxParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(page.Records, options, (job, token) =>
                new ValueTask(SyncJobAsync(context, needs, batch, job.Id!, postings ?? [], questions, token)));

            foreach (var (_, shared) in questions)
            {
                var parents = shared.Jobs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Select(job => new ParentLink(UnifiedModels.Job, job, NestedChange.Content)).ToList();
                batch.Add(UnifiedModels.ScreeningQuestion, shared.Question.Id, shared.Question.RemoteId, shared.Question, parents);
            }

            context.Progress(page.Records.Count + page.Skipped.Count, page.TotalFound);
            var next = page.NextCursor is { } cursor ? new StepPosition(ListPhase, cursor) : new StepPosition(DonePhase);
            await context.CommitAsync(batch, next, cancellationToken);
        }
    }

    private static async Task SyncJobAsync(
        SyncStepContext context, Needs needs, PageBatch batch, string jobId, IReadOnlyList<PostingDto> postings,
        ConcurrentDictionary<string, SharedQuestion> questions, CancellationToken cancellationToken)
    {
        var client = context.Client;
        JobDetailsDto? details = null;
        IReadOnlyList<JobStatusChangeDto> history = [];
        IReadOnlyList<JobAdDto> ads = [];
        IReadOnlyList<HiringTeamMemberDto> team = [];
        ApplyConfigurationDto? configuration = null;
        try
        {
            if (needs.Job)
            {
                details = await client.JobAsync(jobId, cancellationToken);
                history = Reported(context, UnifiedModels.Job, await client.JobStatusHistoryAsync(jobId, cancellationToken));
            }

            if (needs.Ads)
            {
                ads = Reported(context, UnifiedModels.JobPosting, await client.JobAdsAsync(jobId, cancellationToken));
            }

            if (needs.Team)
            {
                team = Reported(context, UnifiedModels.JobHiringTeamMember, await client.HiringTeamAsync(jobId, cancellationToken));
            }

            if (needs.Screening && ScreeningQuestionMapper.SelectPublicPosting(ads, postings) is { Uuid: { } uuid })
            {
                configuration = await client.PostingConfigurationAsync(uuid, cancellationToken);
            }
        }
        catch (SmartRecruitersException e) when (IsAboutThisJob(e))
        {
            // The job went away or cannot be read between the list and its details: this job fails, the page goes on.
            context.Fail(UnifiedModels.Job, jobId, e.Message);
            return;
        }

        var ctx = context.Mapping;
        var job = ctx.Id(UnifiedModels.Job, jobId);
        Map(context, UnifiedModels.Job, jobId, () =>
        {
            if (details is not null)
            {
                var unified = JobMapper.Map(ctx, new JobSource(details, history, ads));
                batch.Add(UnifiedModels.Job, unified.Id, unified.RemoteId, unified);
            }
        });

        Map(context, UnifiedModels.JobPosting, jobId, () =>
        {
            foreach (var posting in JobPostingMapper.MapAll(ctx, jobId, ads))
            {
                batch.Add(UnifiedModels.JobPosting, posting.Id, posting.RemoteId, posting, [new ParentLink(UnifiedModels.Job, job, NestedChange.Any)]);
            }
        });

        Map(context, UnifiedModels.JobHiringTeamMember, jobId, () => AddTeam(context, batch, jobId, job, team));
        Map(context, InternalScopes.JobRoles, jobId, () =>
        {
            if (needs.Team)
            {
                batch.AddPayload(InternalScopes.JobRoles, new RecordWrite(job, jobId, RolesPayload(team)));
            }
        });

        Map(context, UnifiedModels.JobScreeningQuestion, jobId, () =>
        {
            if (configuration is null)
            {
                return;
            }

            var remoteIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var question in ScreeningQuestionMapper.MapAll(ctx, configuration))
            {
                remoteIds[question.Id] = question.RemoteId;
                questions.GetOrAdd(question.Id, _ => new SharedQuestion(question)).Jobs.Add(job);
            }

            foreach (var link in JobScreeningQuestionMapper.Map(ctx, jobId, configuration))
            {
                batch.Add(UnifiedModels.JobScreeningQuestion, link.Id, $"{jobId}:{remoteIds[link.QuestionId]}", link,
                    [new ParentLink(UnifiedModels.Job, job, NestedChange.Any)]);
            }
        });
    }

    private static void AddTeam(SyncStepContext context, PageBatch batch, string jobId, string job, IReadOnlyList<HiringTeamMemberDto> team)
    {
        var ctx = context.Mapping;

        // The unified records carry unified ids only; their remote ids are the composites their ids derive from.
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in team.Where(m => !string.IsNullOrWhiteSpace(m.Id)))
        {
            users[ctx.Id(UnifiedModels.User, member.Id!)] = member.Id!;
            users[JobHiringTeamMemberMapper.MemberId(ctx, jobId, member.Id!)] = member.Id!;
            if (!string.IsNullOrWhiteSpace(member.Role))
            {
                roles[RoleMapper.JobRoleId(ctx, member.Role)] = member.Role;
            }
        }

        var membership = new ParentLink(UnifiedModels.Job, job, NestedChange.Membership);
        foreach (var member in JobHiringTeamMemberMapper.Map(ctx, jobId, team))
        {
            batch.Add(UnifiedModels.JobHiringTeamMember, member.Id, $"{jobId}:{users[member.UserId]}", member, [membership]);
        }

        foreach (var assignment in JobUserRoleAssignmentMapper.Map(ctx, jobId, team))
        {
            batch.Add(UnifiedModels.JobUserRoleAssignment, assignment.Id, $"{jobId}:{users[assignment.JobUserId]}:{roles[assignment.RoleId]}", assignment,
                [membership]);
        }
    }

    /// <summary><c>{"roles": [...]}</c>: the job's distinct hiring-team role strings, ordered so that a reordered team is no change.</summary>
    private static byte[] RolesPayload(IReadOnlyList<HiringTeamMemberDto> team)
    {
        var roles = team.Select(m => m.Role).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => (JsonNode?)JsonValue.Create(r));
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["roles"] = new JsonArray([.. roles]) });
    }

    /// <summary>Maps one part of a job; a part that cannot be mapped fails on its own and the rest of the job is kept.</summary>
    private static void Map(SyncStepContext context, string scope, string jobId, Action map)
    {
        try
        {
            map();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Fail(scope, jobId, $"job {jobId} could not be mapped: {e.Message}");
        }
    }

    private static IReadOnlyList<T> Reported<T>(SyncStepContext context, string scope, RecordPage<T> page)
    {
        context.Skipped(scope, page.Skipped);
        return page.Records;
    }

    /// <summary>
    /// A refusal about this one job (gone, not readable with these permissions, an unusable body); anything else
    /// (credentials, throttling or outages after retries) ends the step, to resume from the last committed page.
    /// </summary>
    private static bool IsAboutThisJob(SmartRecruitersException e) =>
        e is not SmartRecruitersCredentialsInvalidException
        && (e.Code == "UNUSABLE_RECORD" || e.Status is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests);

    private static async Task<IReadOnlyList<PostingDto>> PublicPostingsAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var postings = new List<PostingDto>();
        await foreach (var page in context.Client.PostingsAsync(context.CompanyIdentifier!, cancellationToken))
        {
            // A posting without an id could hide a job's questions: the pass must not delete any.
            context.Skipped(UnifiedModels.JobScreeningQuestion, page.Skipped);
            postings.AddRange(page.Records);
        }

        return postings;
    }

    /// <summary>A screening question of the page and the jobs of the page that ask it.</summary>
    private sealed class SharedQuestion(UnifiedScreeningQuestion question)
    {
        public UnifiedScreeningQuestion Question => question;

        public ConcurrentBag<string> Jobs { get; } = [];
    }

    /// <summary>Which endpoints the enabled scopes need (fewer requests when scopes are off).</summary>
    private sealed record Needs(bool Job, bool Ads, bool Team, bool Screening)
    {
        public static Needs Of(SyncStepContext context)
        {
            var scope = context.Scope;
            var job = scope.IsEnabled(UnifiedModels.Job);
            var screening = context.CompanyIdentifier is not null
                && scope.AnyEnabled([UnifiedModels.ScreeningQuestion, UnifiedModels.JobScreeningQuestion]);

            // The job's post_url comes from its ads, and the public posting is chosen among them.
            var ads = job || screening || scope.IsEnabled(UnifiedModels.JobPosting);
            var team = scope.AnyEnabled([UnifiedModels.JobHiringTeamMember, UnifiedModels.JobUserRoleAssignment, InternalScopes.JobRoles]);
            return new Needs(job, ads, team, screening);
        }
    }
}
