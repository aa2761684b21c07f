// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A tag carried by a candidate (Kombo's <c>ats_join_candidates_tags</c>; the API embeds the tags in the candidate
/// as <c>tags[]</c>). Both keys are unified ids.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.candidate_tag")]
public sealed record UnifiedCandidateTag(
    string Id,
    string CandidateId,
    string TagId,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
