using System.Net;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.SmartRecruiters.Paging;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Steps.Candidates;

/// <summary>
/// Fetches one candidate with everything that hangs off it (its applications, their status history, screening
/// answers, offers and interviews) and adds the mapped records to a page. What cannot be fetched or mapped is
/// reported as a failure of that record and the rest still goes in; only a credential problem stops the run.
/// </summary>
public sealed class CandidateLoader
{
    private readonly SyncStepContext _context;
    private readonly MappingContext _ctx;
    private readonly SmartRecruitersClient _client;
    private readonly bool _applicationLevel;
    private readonly bool _history;
    private readonly bool _answers;
    private readonly bool _offers;
    private readonly bool _interviews;

    public CandidateLoader(SyncStepContext context)
    {
        _context = context;
        _ctx = context.Mapping;
        _client = context.Client;
        var scope = context.Scope;

        // Every request below a candidate is skipped when nothing it feeds is stored.
        _applicationLevel = scope.AnyEnabled([UnifiedModels.Application, InternalScopes.CarriedStages, UnifiedModels.Interview,
            UnifiedModels.InterviewingTeamMember, UnifiedModels.Offer]);
        _history = scope.AnyEnabled([UnifiedModels.Application, InternalScopes.CarriedStages]);
        _answers = scope.IsEnabled(UnifiedModels.Application);
        _offers = scope.IsEnabled(UnifiedModels.Offer);
        _interviews = scope.AnyEnabled([UnifiedModels.Interview, UnifiedModels.InterviewingTeamMember]);
    }

    /// <summary>A page with this step's scopes in commit order: parents before the records that link to them.</summary>
    public static PageBatch NewBatch(SyncStepContext context, IReadOnlyList<string> scopes)
    {
        var batch = context.NewBatch();
        foreach (var scope in scopes)
        {
            batch.Reserve(scope);
        }

        return batch;
    }

    /// <summary>Loads the candidate <paramref name="candidateId"/> into <paramref name="batch"/>.</summary>
    /// <exception cref="SmartRecruitersCredentialsInvalidException">The credential stopped working.</exception>
    public async Task LoadAsync(string candidateId, PageBatch batch, CancellationToken cancellationToken)
    {
        CandidateDetailsDto details;
        try
        {
            details = await _client.CandidateAsync(candidateId, cancellationToken);
        }
        catch (SmartRecruitersException e) when (e.Status == HttpStatusCode.NotFound)
        {
            // Deleted since it was listed: like a candidate the list no longer has, the full pass marks it.
            return;
        }
        catch (SmartRecruitersException e) when (e is not SmartRecruitersCredentialsInvalidException)
        {
            _context.Fail(UnifiedModels.Candidate, candidateId, e.Message);
            return;
        }

        if (CandidateMapper.Validate(details) is { } problem)
        {
            _context.Fail(UnifiedModels.Candidate, candidateId, problem);
            return;
        }

        var id = details.Id!;
        var candidateUnifiedId = _ctx.Id(UnifiedModels.Candidate, id);
        var applications = new List<ParentLink>();
        if (_applicationLevel)
        {
            // A candidate's applications load side by side: the budget, not this loop, decides how many requests fly,
            // and a candidate with many applications does not leave the credential's other slots idle at a page's end.
            var loaded = await Task.WhenAll(JobIds(details).Select(jobId => LoadApplicationAsync(id, candidateUnifiedId, jobId, batch, cancellationToken)));
            foreach (var applicationId in loaded.OfType<string>())
            {
                // Kombo's applications.candidate: a change of the candidate counts as a change of each application.
                applications.Add(new ParentLink(UnifiedModels.Application, applicationId, NestedChange.Content));
            }
        }

        var candidate = CandidateMapper.Map(_ctx, details);
        batch.Add(UnifiedModels.Candidate, candidate.Id, candidate.RemoteId, candidate, applications);

        var tagRemoteIds = CandidateTagRemoteIds(id, details.Tags);
        var candidateParent = new[] { new ParentLink(UnifiedModels.Candidate, candidateUnifiedId, NestedChange.Membership) };
        foreach (var tag in CandidateTagMapper.Map(_ctx, details))
        {
            batch.Add(UnifiedModels.CandidateTag, tag.Id, tagRemoteIds[tag.Id], tag, candidateParent);
        }

        // Every candidate gets one, tagged or not, so a tag taken off shows up in the spellings.
        var spellings = new TagSpellings([.. (details.Tags ?? []).Where(t => TagMapper.Validate(t) is null)]);
        batch.AddPayload(InternalScopes.TagSpellings, new RecordWrite(candidateUnifiedId, id, spellings.ToPayload()));
    }

    /// <summary>The jobs of the candidate's assignments, primary first, each once.</summary>
    private static IEnumerable<string> JobIds(CandidateDetailsDto details) =>
        new[] { details.PrimaryAssignment }.Concat(details.SecondaryAssignments ?? [])
            .Select(a => a?.Job?.Id)
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => id!)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Loads one application and what hangs off it; returns its unified id when known (even if part of it failed).</summary>
    private async Task<string?> LoadApplicationAsync(string candidateId, string candidateUnifiedId, string jobId, PageBatch batch, CancellationToken cancellationToken)
    {
        var fallbackRemoteId = ApplicationMapper.RemoteId(null, candidateId, jobId);
        ApplicationDto application;
        try
        {
            application = await _client.ApplicationAsync(candidateId, jobId, cancellationToken);
        }
        catch (SmartRecruitersException e) when (e is not SmartRecruitersCredentialsInvalidException)
        {
            _context.Fail(UnifiedModels.Application, fallbackRemoteId, e.Message);
            return null;
        }

        if (ApplicationMapper.Validate(application) is { } problem)
        {
            _context.Fail(UnifiedModels.Application, fallbackRemoteId, problem);
            return null;
        }

        var remoteId = ApplicationMapper.RemoteId(application);
        var unifiedId = _ctx.Id(UnifiedModels.Application, remoteId);
        // The application's own parts are independent reads: sent together, they finish in one round trip.
        var parent = new[] { new ParentLink(UnifiedModels.Application, unifiedId, NestedChange.Any) };
        await Task.WhenAll(
            _history || _answers ? AddApplicationAsync(application, remoteId, candidateUnifiedId, batch, cancellationToken) : Task.CompletedTask,
            _offers ? AddOffersAsync(application, remoteId, parent, batch, cancellationToken) : Task.CompletedTask,
            _interviews ? AddInterviewsAsync(application, remoteId, parent, batch, cancellationToken) : Task.CompletedTask);
        return unifiedId;
    }

    private async Task AddApplicationAsync(ApplicationDto application, string remoteId, string candidateUnifiedId, PageBatch batch, CancellationToken cancellationToken)
    {
        var candidateId = application.CandidateId!;
        var jobId = application.JobId!;
        IReadOnlyList<ApplicationStatusChangeDto>? history = null;
        IReadOnlyList<ScreeningAnswerDto>? answers = null;
        try
        {
            var historyRead = _history ? _client.ApplicationStatusHistoryAsync(candidateId, jobId, cancellationToken) : null;
            var answersRead = _answers ? _client.ScreeningAnswersAsync(candidateId, jobId, cancellationToken) : null;

            // Both finish (or fail) before either is looked at, so no failure goes unobserved.
            await Task.WhenAll(new Task?[] { historyRead, answersRead }.OfType<Task>());
            if (historyRead is not null)
            {
                var page = await historyRead;
                _context.Skipped(UnifiedModels.Application, page.Skipped);
                history = page.Records;
            }

            if (answersRead is not null)
            {
                var page = await answersRead;
                _context.Skipped(UnifiedModels.Application, page.Skipped);
                answers = page.Records;
            }
        }
        catch (SmartRecruitersException e) when (e is not SmartRecruitersCredentialsInvalidException)
        {
            // Without its history the application would be written with different dates and stage: better not at all.
            _context.Fail(UnifiedModels.Application, remoteId, e.Message);
            return;
        }

        var unified = ApplicationMapper.Map(_ctx, new ApplicationSource(application, history, answers));
        batch.Add(UnifiedModels.Application, unified.Id, unified.RemoteId, unified,
            [new ParentLink(UnifiedModels.Candidate, candidateUnifiedId, NestedChange.Any)]);
        var carried = new CarriedStage(jobId, StageIds.CurrentRemoteId(application.Status, application.SubStatus, history));
        batch.AddPayload(InternalScopes.CarriedStages, new RecordWrite(unified.Id, unified.RemoteId, carried.ToPayload()));
    }

    private async Task AddOffersAsync(ApplicationDto application, string remoteId, IReadOnlyList<ParentLink> parent, PageBatch batch, CancellationToken cancellationToken)
    {
        RecordPage<OfferDto> offers;
        try
        {
            offers = await _client.OffersAsync(application.CandidateId!, application.JobId!, cancellationToken);
        }
        catch (SmartRecruitersException e) when (e is not SmartRecruitersCredentialsInvalidException)
        {
            _context.Fail(UnifiedModels.Offer, remoteId, $"offers of application {remoteId}: {e.Message}");
            return;
        }

        _context.Skipped(UnifiedModels.Offer, offers.Skipped);
        foreach (var offer in offers.Records)
        {
            var source = OfferSource.For(offer, application);
            if (OfferMapper.Validate(source) is { } problem)
            {
                _context.Fail(UnifiedModels.Offer, offer.Id, problem);
                continue;
            }

            var unified = OfferMapper.Map(_ctx, source);
            batch.Add(UnifiedModels.Offer, unified.Id, unified.RemoteId, unified, parent);
        }
    }

    private async Task AddInterviewsAsync(ApplicationDto application, string remoteId, IReadOnlyList<ParentLink> parent, PageBatch batch, CancellationToken cancellationToken)
    {
        // The Interview API finds interviews by applicationId only; an application without one has none to find.
        if (string.IsNullOrWhiteSpace(application.ApplicationId))
        {
            return;
        }

        RecordPage<InterviewDto> interviews;
        try
        {
            interviews = await _client.InterviewsAsync(application.ApplicationId, cancellationToken);
        }
        catch (SmartRecruitersException e) when (e is not SmartRecruitersCredentialsInvalidException)
        {
            _context.Fail(UnifiedModels.Interview, remoteId, $"interviews of application {remoteId}: {e.Message}");
            return;
        }

        _context.Skipped(UnifiedModels.Interview, interviews.Skipped);
        foreach (var interview in interviews.Records)
        {
            if (InterviewMapper.Validate(interview) is { } problem)
            {
                _context.Fail(UnifiedModels.Interview, interview.Id, problem);
                continue;
            }

            foreach (var timeslot in InterviewMapper.Map(_ctx, interview, remoteId))
            {
                batch.Add(UnifiedModels.Interview, timeslot.Id, timeslot.RemoteId, timeslot, parent);
            }

            var memberRemoteIds = InterviewerRemoteIds(interview);
            foreach (var member in InterviewingTeamMemberMapper.Map(_ctx, interview))
            {
                batch.Add(UnifiedModels.InterviewingTeamMember, member.Id, memberRemoteIds[member.Id], member,
                    [new ParentLink(UnifiedModels.Interview, member.InterviewId, NestedChange.Membership)]);
            }
        }
    }

    /// <summary>Join records carry no remote id of their own: the composite their id derives from, by id.</summary>
    private Dictionary<string, string> CandidateTagRemoteIds(string candidateId, IReadOnlyList<string?>? tags)
    {
        var remoteIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (TagMapper.RemoteId(tag) is { } key)
            {
                var remoteId = CandidateTagMapper.RemoteId(candidateId, key);
                remoteIds[_ctx.Id(UnifiedModels.CandidateTag, remoteId)] = remoteId;
            }
        }

        return remoteIds;
    }

    /// <inheritdoc cref="CandidateTagRemoteIds"/>
    private Dictionary<string, string> InterviewerRemoteIds(InterviewDto interview)
    {
        var remoteIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in interview.Timeslots ?? [])
        {
            foreach (var interviewer in slot.Interviewers ?? [])
            {
                if (Labels.NullIfEmpty(interviewer?.Id) is { } userId)
                {
                    var remoteId = InterviewingTeamMemberMapper.RemoteId(slot.Id!, userId);
                    remoteIds[_ctx.Id(UnifiedModels.InterviewingTeamMember, remoteId)] = remoteId;
                }
            }
        }

        return remoteIds;
    }
}
