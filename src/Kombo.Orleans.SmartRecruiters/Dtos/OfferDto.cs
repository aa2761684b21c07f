using System.Text.Json;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An offer, from <c>GET /candidates/{id}/jobs/{jobId}/offers</c> (envelope
/// <c>{limit, offset, totalFound, content}</c>), <c>…/offers/{offerId}</c> and the <c>GET /offers</c>
/// search. It names its candidate and job only through <c>actions</c> URLs.
/// </summary>
public sealed record OfferDto
{
    public string? Id { get; init; }

    /// <summary>CREATED, PENDING_APPROVAL, APPROVED, NOT_APPROVED, PENDING_ACCEPTANCE, ACCEPTED, NOT_ACCEPTED, ABANDONED.</summary>
    public string? Status { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    /// <summary>
    /// The offer's fields by name (start date, salary, …). Documented as strings; kept as JSON
    /// values so a number or an object does not fail the whole offer.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? Properties { get; init; }

    public OfferActionsDto? Actions { get; init; }
}

public sealed record OfferActionsDto
{
    /// <summary><c>/candidates/{id}</c>.</summary>
    public ActionDto? Candidate { get; init; }

    /// <summary><c>/jobs/{jobId}</c>.</summary>
    public ActionDto? Job { get; init; }

    /// <summary><c>/candidates/{id}/jobs/{jobId}/offers/{offerId}</c>.</summary>
    public ActionDto? Details { get; init; }
}
