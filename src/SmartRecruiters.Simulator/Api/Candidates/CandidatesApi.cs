using System.Collections.Concurrent;
using System.Text.Json;
using SmartRecruiters.Simulator.Behaviour;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>Candidate reads: the search list, details, per-job application, history, answers, offers, tags, attachments.</summary>
public static class CandidatesApi
{
    private const string CursorKind = "candidates";

    internal static readonly SrOperation CandidateAccess = new(Scopes.CandidatesRead)
    {
        DeniedStatus = StatusCodes.Status401Unauthorized,
        DeniedMessage = "Candidate access denied.",
    };

    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/candidates");
        candidates.MapGet("", List).Sr(Scopes.CandidatesRead, RateClass.CandidateSearch);
        candidates.MapGet("/{id}", Get).Sr(CandidateAccess);
        candidates.MapGet("/{id}/jobs/{jobId}", Application).Sr(Scopes.CandidatesRead);
        candidates.MapGet("/{id}/jobs/{jobId}/status/history", History)
            .Sr(new SrOperation(Scopes.CandidatesRead) { AlsoRequires = Scopes.CandidateStatusRead, DeniedCode = "NO_ACCESS_TO_CANDIDATE" });
        candidates.MapGet("/{id}/jobs/{jobId}/screening-answers", Answers).Sr(Scopes.CandidatesRead);
        candidates.MapGet("/{id}/jobs/{jobId}/offers", Offers)
            .Sr(new SrOperation(Scopes.CandidatesOffersRead) { DeniedCode = "NO_ACCESS_TO_OFFERS", DeniedMessage = "No access to offers." });
        candidates.MapGet("/{id}/jobs/{jobId}/offers/{offerId}", Offer)
            .Sr(new SrOperation(Scopes.CandidatesOffersRead) { DeniedCode = "NO_ACCESS_TO_OFFERS", DeniedMessage = "No access to offers." });
        candidates.MapGet("/{id}/jobs/{jobId}/attachments", Attachments).Sr(Scopes.CandidatesRead);
        candidates.MapGet("/{id}/tags", Tags).Sr(Scopes.CandidatesRead);
        return app;
    }

    private static IResult List(HttpContext context, SimulatorOptions options, CandidateListCache cache)
    {
        var account = SimCaller.Required(context).Account;
        if (!Query.TryLimit(context, 10, 100, out var limit, out var error) || !CandidateSearch.TryParse(context, out var search, out error))
        {
            return error!;
        }

        long position = 0;
        var pageId = context.Request.Query["pageId"].ToString();
        if (pageId.Length > 0 && !Cursor.TryDecode(pageId, CursorKind, out position))
        {
            return SrErrors.BadRequest("INVALID_PAGE_ID", "Invalid page id.");
        }

        var baseUrl = ActionLink.BaseUrl(context);
        var carried = Query.Carry(context, "pageId", "limit");
        lock (account.Sync)
        {
            var entries = new List<(int Index, SimCandidate? Candidate)>(limit);
            int? nextIndex = null;
            foreach (var index in account.Candidates.Indexes((int)Math.Min(position, int.MaxValue), search.UpdatedAfter))
            {
                if (!Visible(account, index, search, out var candidate))
                {
                    continue;
                }

                if (entries.Count == limit)
                {
                    nextIndex = index;
                    break;
                }

                entries.Add((index, candidate));
            }

            var total = cache.Totals.GetOrAdd((account.Index, account.Version, carried), key =>
                account.Candidates.Indexes(0, search.UpdatedAfter).Count(i => Visible(account, i, search, out var ignored)));
            var next = nextIndex is { } n ? Cursor.Encode(CursorKind, n) : null;
            var nextPath = next is null ? null : $"/candidates?limit={limit}&pageId={Uri.EscapeDataString(next)}{carried}";
            var cursor = PageCursor.Next(next, options.Behaviour.LastPageMarker);

            if (FaultMiddleware.ShouldCorruptRecord(context))
            {
                var items = entries.Select(e => CandidateListItemDto.From(context, e.Candidate ?? account.Candidates.Get(e.Index)!, account.JobsById)).ToList();
                return Respond.Page(context, new ListPage<CandidateListItemDto>(limit, 0, cursor, total, items), nextPath);
            }

            // Generated candidates are served from cached bytes; changed ones are serialized afresh.
            var serialized = entries.Select(e => account.Candidates.IsMaterialized(e.Index)
                ? CandidateListEntryWriter.Serialize(e.Candidate ?? account.Candidates.Get(e.Index)!, baseUrl, account.JobsById)
                : cache.Get(account, baseUrl, e.Index, () => CandidateListEntryWriter.Serialize(e.Candidate ?? account.Candidates.Get(e.Index)!, baseUrl, account.JobsById)));
            return Respond.RawPage(context, limit, 0, cursor, total, serialized, nextPath);
        }
    }

    /// <summary>Listed candidates have at least one application; the cheap checks run before the candidate is generated.</summary>
    private static bool Visible(SimAccount account, int index, CandidateSearch search, out SimCandidate? candidate)
    {
        candidate = null;
        if (!account.Candidates.Summary(index).HasApplications)
        {
            return false;
        }

        if (!search.NeedsCandidate)
        {
            return true;
        }

        candidate = account.Candidates.Get(index);
        return candidate is not null && search.Matches(candidate);
    }

    private static IResult Get(HttpContext context, string id) => WithCandidate(context, id, (account, candidate) =>
        Respond.Json(context, CandidateDetailsDto.From(context, candidate, account.JobsById)));

    private static IResult Application(HttpContext context, string id, string jobId) => WithApplication(context, id, jobId, (_, _, application) =>
        Respond.Json(context, ApplicationDto.From(context, application)));

    private static IResult History(HttpContext context, string id, string jobId) => WithApplication(context, id, jobId, (_, _, application) =>
        Respond.Json(context, CountedList<StatusHistoryEntryDto>.Of(application.History.Select(h => new StatusHistoryEntryDto(h.ChangedOn, h.Status, h.SubStatus)).ToList())));

    private static IResult Answers(HttpContext context, string id, string jobId) => WithApplication(context, id, jobId, (_, _, application) =>
        Respond.Json(context, CountedList<ScreeningAnswerDto>.Of(application.ScreeningAnswers.Select(ScreeningAnswerDto.From).ToList())));

    private static IResult Offers(HttpContext context, string id, string jobId) => WithApplication(context, id, jobId, (_, _, application) =>
        Respond.Json(context, new ListPage<OfferDto>(application.Offers.Count, 0, null, application.Offers.Count,
            application.Offers.Select(o => OfferDto.From(context, application, o)).ToList())));

    private static IResult Offer(HttpContext context, string id, string jobId, string offerId) => WithApplication(context, id, jobId, (_, _, application) =>
        application.Offers.FirstOrDefault(o => o.Id == offerId) is { } offer
            ? Respond.Json(context, OfferDto.From(context, application, offer))
            : SrErrors.NotFound("OFFERS_NOT_FOUND", "Offer not found."));

    private static IResult Attachments(HttpContext context, string id, string jobId) => WithApplication(context, id, jobId, (_, _, application) =>
        Respond.Json(context, CountedList<AttachmentDto>.Of(application.Attachments.Select(a => AttachmentDto.From(context, a)).ToList())));

    private static IResult Tags(HttpContext context, string id) => WithCandidate(context, id, (_, candidate) =>
        Respond.Json(context, new TagsDto(candidate.Tags)));

    internal static IResult WithCandidate(HttpContext context, string id, Func<SimAccount, SimCandidate, IResult> action)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.Candidates.Find(id) is { } candidate
                ? action(account, candidate)
                : SrErrors.NotFound("CANDIDATE_NOT_FOUND", "Candidate not found.");
        }
    }

    internal static IResult WithApplication(HttpContext context, string id, string jobId, Func<SimAccount, SimCandidate, SimApplication, IResult> action) =>
        WithCandidate(context, id, (account, candidate) => candidate.ApplicationFor(jobId) is { } application
            ? action(account, candidate, application)
            : SrErrors.NotFound("JOB_NOT_FOUND", "Candidate is not assigned to this job."));
}
