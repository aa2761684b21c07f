// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>A rejection reason (Kombo <c>GET /ats/rejection-reasons</c>).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.rejection_reason")]
public sealed record UnifiedRejectionReason(
    string Id,
    string RemoteId,
    string? Name,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData);
