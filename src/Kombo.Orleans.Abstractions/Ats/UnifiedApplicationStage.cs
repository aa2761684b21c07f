// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An application stage (Kombo <c>GET /ats/application-stages</c>). <see cref="GlobalIndex"/> is the stage's
/// position (from 0) across all stages; the API serves it as <c>index</c> where Kombo embeds a stage.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.application_stage")]
public sealed record UnifiedApplicationStage(
    string Id,
    string RemoteId,
    string? Name,
    int GlobalIndex,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
