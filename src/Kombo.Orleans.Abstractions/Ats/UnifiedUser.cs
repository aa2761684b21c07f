// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A user of the ATS (Kombo <c>GET /ats/users</c>, without the embedded <c>system_roles</c>, which come from
/// <see cref="UnifiedUserRole"/> and <see cref="UnifiedRole"/>). <see cref="Email"/> is null when the source
/// address is not valid. <see cref="Status"/>: <see cref="UserStatus"/> (open).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.user")]
public sealed record UnifiedUser(
    string Id,
    string RemoteId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Status,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
