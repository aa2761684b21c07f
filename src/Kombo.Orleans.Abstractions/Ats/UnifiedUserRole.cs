// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A system role held by a user: <see cref="RoleId"/> is a SYSTEM-scoped <see cref="UnifiedRole"/>'s id (the API
/// embeds them in the user as <c>system_roles[]</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.user_role")]
public sealed record UnifiedUserRole(
    string Id,
    string UserId,
    string RoleId,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
