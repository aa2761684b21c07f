// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An interview (Kombo <c>GET /ats/interviews</c>, without the embedded <c>users</c> and <c>application</c>; the
/// interviewers are <see cref="UnifiedInterviewingTeamMember"/>s). <see cref="Canceled"/> is null when unknown.
/// <see cref="VideoConferencingUrl"/>, <see cref="StageId"/> and <see cref="RemoteUpdatedAt"/> are Kombo fields
/// SmartRecruiters does not fill (null).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.interview")]
public sealed record UnifiedInterview(
    string Id,
    string RemoteId,
    string? Title,
    DateTimeOffset? StartingAt,
    DateTimeOffset? EndingAt,
    UnifiedLocation? Location,
    string? VideoConferencingUrl,
    string? ApplicationId,
    string? StageId,
    bool? Canceled,
    DateTimeOffset? RemoteCreatedAt,
    DateTimeOffset? RemoteUpdatedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
