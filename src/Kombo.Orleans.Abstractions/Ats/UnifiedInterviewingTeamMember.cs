// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A user interviewing in an interview (Kombo's <c>ats_join_interviews_users</c>; the API embeds the users in the
/// interview as <c>users[]</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.interviewing_team_member")]
public sealed record UnifiedInterviewingTeamMember(
    string Id,
    string InterviewId,
    string UserId,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
