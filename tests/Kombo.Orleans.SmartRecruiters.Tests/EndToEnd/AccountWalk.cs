namespace Kombo.Orleans.SmartRecruiters.Tests.EndToEnd;

using System.Collections.Concurrent;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Reads a whole SmartRecruiters account through the typed client and maps every model: the
/// shape of a full sync pass, without the engine's storage. Candidates are worked on eight at a
/// time; the budget decides how fast.
/// </summary>
public sealed class AccountWalk(SmartRecruitersClient client, MappingContext ctx, string companyIdentifier)
{
    public ConcurrentBag<UnifiedUser> Users { get; } = [];
    public ConcurrentBag<UnifiedUserRole> UserRoles { get; } = [];
    public List<UnifiedRole> Roles { get; } = [];
    public List<UnifiedRejectionReason> RejectionReasons { get; } = [];
    public ConcurrentBag<UnifiedJob> Jobs { get; } = [];
    public ConcurrentBag<UnifiedJobPosting> JobPostings { get; } = [];
    public ConcurrentBag<UnifiedJobHiringTeamMember> HiringTeamMembers { get; } = [];
    public ConcurrentBag<UnifiedJobUserRoleAssignment> JobUserRoleAssignments { get; } = [];
    public ConcurrentBag<UnifiedScreeningQuestion> ScreeningQuestions { get; } = [];
    public ConcurrentBag<UnifiedJobScreeningQuestion> JobScreeningQuestions { get; } = [];
    public ConcurrentBag<UnifiedCandidate> Candidates { get; } = [];
    public ConcurrentBag<UnifiedCandidateTag> CandidateTags { get; } = [];
    public List<UnifiedTag> Tags { get; } = [];
    public ConcurrentBag<UnifiedApplication> Applications { get; } = [];
    public ConcurrentBag<UnifiedInterview> Interviews { get; } = [];
    public ConcurrentBag<UnifiedInterviewingTeamMember> InterviewingTeamMembers { get; } = [];
    public ConcurrentBag<UnifiedOffer> Offers { get; } = [];
    public ApplicationStageCatalog? Stages { get; private set; }
    public ConcurrentBag<UnifiedJobApplicationStage> JobStages { get; } = [];
    public ConcurrentBag<SkippedRecord> Skipped { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        await foreach (var page in client.UsersAsync(null, ct))
        {
            Report(page.Skipped);
            foreach (var user in page.Records)
            {
                Users.Add(UserMapper.Map(ctx, user));
                if (UserRoleMapper.Map(ctx, user) is { } role)
                {
                    UserRoles.Add(role);
                }
            }
        }

        Roles.AddRange(RoleMapper.MapSystemRoles(ctx, (await client.SystemRolesAsync(ct)).Records));
        RejectionReasons.AddRange((await client.RejectionReasonsAsync(ct)).Records.Select(r => RejectionReasonMapper.Map(ctx, r)));

        var jobIds = new List<string>();
        await foreach (var page in client.JobsAsync(null, ct))
        {
            Report(page.Skipped);
            jobIds.AddRange(page.Records.Select(j => j.Id!));
        }

        var adsByJob = new ConcurrentDictionary<string, IReadOnlyList<JobAdDto>>();
        var jobRoles = new ConcurrentBag<string?>();
        await Parallel.ForEachAsync(jobIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (jobId, token) =>
        {
            var details = await client.JobAsync(jobId, token);
            var history = (await client.JobStatusHistoryAsync(jobId, token)).Records;
            var ads = (await client.JobAdsAsync(jobId, token)).Records;
            var team = (await client.HiringTeamAsync(jobId, token)).Records;
            adsByJob[jobId] = ads;
            Jobs.Add(JobMapper.Map(ctx, new JobSource(details, history, ads)));
            AddAll(JobPostings, JobPostingMapper.MapAll(ctx, jobId, ads));
            AddAll(HiringTeamMembers, JobHiringTeamMemberMapper.Map(ctx, jobId, team));
            AddAll(JobUserRoleAssignments, JobUserRoleAssignmentMapper.Map(ctx, jobId, team));
            foreach (var member in team)
            {
                jobRoles.Add(member.Role);
            }
        });
        Roles.AddRange(RoleMapper.MapJobRoles(ctx, jobRoles));

        await MapScreeningQuestionsAsync(adsByJob, ct);

        var candidateIds = new List<string>();
        await foreach (var page in client.CandidatesAsync(null, ct))
        {
            Report(page.Skipped);
            candidateIds.AddRange(page.Records.Select(c => c.Id!));
        }

        var carried = new ConcurrentBag<(string JobId, string? StageRemoteId)>();
        var spellings = new ConcurrentBag<string?>();
        await Parallel.ForEachAsync(candidateIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (candidateId, token) =>
        {
            var candidate = await client.CandidateAsync(candidateId, token);
            Candidates.Add(CandidateMapper.Map(ctx, candidate));
            AddAll(CandidateTags, CandidateTagMapper.Map(ctx, candidate));
            foreach (var tag in candidate.Tags ?? [])
            {
                spellings.Add(tag);
            }

            var assignments = new[] { candidate.PrimaryAssignment }.Concat(candidate.SecondaryAssignments ?? []).Where(a => a?.Job?.Id is not null);
            foreach (var assignment in assignments)
            {
                var jobId = assignment!.Job!.Id!;
                var application = await client.ApplicationAsync(candidateId, jobId, token);
                var history = (await client.ApplicationStatusHistoryAsync(candidateId, jobId, token)).Records;
                var answers = (await client.ScreeningAnswersAsync(candidateId, jobId, token)).Records;
                var offers = (await client.OffersAsync(candidateId, jobId, token)).Records;
                var interviews = (await client.InterviewsAsync(application.ApplicationId!, token)).Records;
                var unified = ApplicationMapper.Map(ctx, new ApplicationSource(application, history, answers));
                Applications.Add(unified);
                carried.Add((jobId, StageIds.CurrentRemoteId(application.Status, application.SubStatus, history)));
                foreach (var offer in offers)
                {
                    Offers.Add(OfferMapper.Map(ctx, OfferSource.For(offer, application)));
                }

                foreach (var interview in interviews)
                {
                    AddAll(Interviews, InterviewMapper.Map(ctx, interview, unified.RemoteId));
                    AddAll(InterviewingTeamMembers, InterviewingTeamMemberMapper.Map(ctx, interview));
                }
            }
        });
        Tags.AddRange(TagMapper.MapAll(ctx, spellings));

        Stages = ApplicationStageMapper.Map(ctx, (await client.HiringProcessesAsync(ct)).Records, carried.Select(c => c.StageRemoteId));
        foreach (var jobId in jobIds)
        {
            AddAll(JobStages, JobApplicationStageMapper.Map(ctx, Stages, jobId, carried.Where(c => c.JobId == jobId).Select(c => c.StageRemoteId)));
        }
    }

    private async Task MapScreeningQuestionsAsync(IReadOnlyDictionary<string, IReadOnlyList<JobAdDto>> adsByJob, CancellationToken ct)
    {
        var postings = new List<PostingDto>();
        await foreach (var page in client.PostingsAsync(companyIdentifier, ct))
        {
            postings.AddRange(page.Records);
        }

        foreach (var (jobId, ads) in adsByJob)
        {
            if (ScreeningQuestionMapper.SelectPublicPosting(ads, postings) is not { Uuid: { } uuid })
            {
                continue;
            }

            var configuration = await client.PostingConfigurationAsync(uuid, ct);
            AddAll(ScreeningQuestions, ScreeningQuestionMapper.MapAll(ctx, configuration));
            AddAll(JobScreeningQuestions, JobScreeningQuestionMapper.Map(ctx, jobId, configuration));
        }
    }

    private void Report(IEnumerable<SkippedRecord> skipped)
    {
        foreach (var record in skipped)
        {
            Skipped.Add(record);
        }
    }

    private static void AddAll<T>(ConcurrentBag<T> bag, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            bag.Add(item);
        }
    }
}
