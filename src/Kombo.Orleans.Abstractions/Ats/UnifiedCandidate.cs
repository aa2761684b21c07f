// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A candidate (Kombo <c>GET /ats/candidates</c>, without the embedded <c>applications</c> and <c>tags</c>, which
/// come from <see cref="UnifiedApplication"/> and <see cref="UnifiedCandidateTag"/>). <see cref="Confidential"/> is a
/// Kombo field SmartRecruiters does not fill (null).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.candidate")]
public sealed record UnifiedCandidate(
    string Id,
    string RemoteId,
    string? FirstName,
    string? LastName,
    string? Company,
    string? Title,
    bool? Confidential,
    string? Source,
    IReadOnlyList<PhoneNumber> PhoneNumbers,
    IReadOnlyList<EmailAddress> EmailAddresses,
    IReadOnlyList<SocialMediaLink> SocialMedia,
    UnifiedLocation? Location,
    IReadOnlyDictionary<string, RawJson> CustomFields,
    IReadOnlyList<IntegrationField> IntegrationFields,
    string? RemoteUrl,
    DateTimeOffset? RemoteCreatedAt,
    DateTimeOffset? RemoteUpdatedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
