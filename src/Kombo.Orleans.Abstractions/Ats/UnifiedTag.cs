// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>A candidate tag definition (Kombo <c>GET /ats/tags</c>).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.tag")]
public sealed record UnifiedTag(
    string Id,
    string RemoteId,
    string? Name,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
