using System.Text;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data.Generation;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Offers;

/// <summary>
/// The offers search (<c>GET /offers</c>: offset paging, creation-time filters only) and offer
/// documents (<c>/offers/{id}/documents</c>, one of the 2-requests-per-second endpoints).
/// </summary>
public static class OffersApi
{
    private static readonly string[] SentStatuses = ["PENDING_ACCEPTANCE", "ACCEPTED", "NOT_ACCEPTED"];

    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offers", Search).Sr(Scopes.CandidatesOffersRead);
        app.MapGet("/offers/{offerId}/documents", Documents).Sr(Scopes.CandidatesOffersRead);
        app.MapGet("/offers/{offerId}/documents/{documentId}", Document).Sr(Scopes.CandidatesOffersRead, RateClass.Slow);
        return app;
    }

    private static IResult Search(HttpContext context, TimeProvider time)
    {
        if (!Query.TryLimit(context, 10, 100, out var limit, out var error) || !Query.TryOffset(context, out var offset, out error)
            || !Query.TryDateTime(context, "createdAfter", out var createdAfter, out error)
            || !Query.TryDateTime(context, "createdBefore", out var createdBefore, out error))
        {
            return error!;
        }

        var age = context.Request.Query["age"].ToString();
        if (age.Length > 0)
        {
            if (!TryParseAge(age, out var span))
            {
                return SrErrors.BadRequest("INVALID_PARAMETER", "'age' must look like '10 days' or '12 hours'.");
            }

            createdAfter = time.GetUtcNow() - span;
            createdBefore = null;
        }

        var statuses = Query.Values(context, "status");
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var matching = AllOffers(account)
                .Where(x => (createdAfter is null || x.Offer.CreatedOn >= createdAfter) && (createdBefore is null || x.Offer.CreatedOn < createdBefore)
                            && (statuses.Length == 0 || statuses.Contains(x.Offer.Status, StringComparer.Ordinal)))
                .ToList();
            var page = matching.Skip(offset).Take(limit).Select(x => OfferDto.From(context, x.Application, x.Offer)).ToList();
            return Respond.Json(context, new ListPage<OfferDto>(limit, offset, null, matching.Count, page));
        }
    }

    private static IResult Documents(HttpContext context, string offerId) => WithOffer(context, offerId, offer =>
        SentStatuses.Contains(offer.Status)
            ? Respond.Json(context, new OfferDocumentsDto([new OfferDocumentDto(DocumentId(offer), "Offer letter.pdf", offer.UpdatedOn)], false, "DOCUSIGN"))
            : SrErrors.Conflict("OFFER_NOT_SENT", "The offer was not sent, so it has no documents."));

    private static IResult Document(HttpContext context, string offerId, string documentId) => WithOffer(context, offerId, offer =>
        SentStatuses.Contains(offer.Status) && documentId == DocumentId(offer)
            ? TypedResults.File(Encoding.ASCII.GetBytes($"%PDF-1.4\n% Offer {offer.Id}\n%%EOF\n"), "application/pdf", "Offer letter.pdf")
            : SrErrors.NotFound("DOCUMENT_NOT_FOUND", "Document not found."));

    private static IResult WithOffer(HttpContext context, string offerId, Func<SimOffer, IResult> action)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var offer = FindOffer(account, offerId);
            return offer is null ? SrErrors.NotFound("OFFER_NOT_FOUND", "Offer not found.") : action(offer);
        }
    }

    private static SimOffer? FindOffer(SimAccount account, string offerId)
    {
        if (account.Ids.TryDecode(offerId, IdCodec.Offer, out var index, out var applicationIndex, out _, out _))
        {
            return account.Candidates.Get(index)?.Applications.ElementAtOrDefault(applicationIndex)?.Offers.FirstOrDefault(o => o.Id == offerId);
        }

        return account.Candidates.Materialized.SelectMany(c => c.Applications).SelectMany(a => a.Offers).FirstOrDefault(o => o.Id == offerId);
    }

    private static IEnumerable<(SimApplication Application, SimOffer Offer)> AllOffers(SimAccount account) =>
        account.Candidates.Indexes(0, null)
            .Select(i => account.Candidates.Get(i))
            .Where(c => c is not null)
            .SelectMany(c => c!.Applications)
            .SelectMany(a => a.Offers.Select(o => (a, o)));

    private static string DocumentId(SimOffer offer) => "doc-" + offer.Id[..8];

    private static bool TryParseAge(string age, out TimeSpan span)
    {
        span = default;
        var parts = age.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var amount) || amount < 0)
        {
            return false;
        }

        span = parts[1].TrimEnd('s').ToLowerInvariant() switch
        {
            "day" => TimeSpan.FromDays(amount),
            "hour" => TimeSpan.FromHours(amount),
            "minute" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.MinValue,
        };
        return span != TimeSpan.MinValue;
    }
}

public sealed record OfferDocumentsDto(IReadOnlyList<OfferDocumentDto> Documents, bool IsCurrentlySyncing, string Provider);

public sealed record OfferDocumentDto(string Id, string Name, DateTimeOffset CreatedDate);
