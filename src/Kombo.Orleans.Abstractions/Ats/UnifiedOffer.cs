// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An offer (Kombo <c>GET /ats/offers</c>, without the embedded <c>application</c>). <see cref="Status"/>:
/// <see cref="OfferStatus"/> (open). <see cref="EmploymentStartDate"/>: a date is midnight UTC.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.offer")]
public sealed record UnifiedOffer(
    string Id,
    string RemoteId,
    string? Status,
    DateTimeOffset? EmploymentStartDate,
    string? ApplicationId,
    IReadOnlyDictionary<string, RawJson> CustomFields,
    IReadOnlyList<IntegrationField> IntegrationFields,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt,
    DateTimeOffset? RemoteCreatedAt,
    DateTimeOffset? RemoteUpdatedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData);
