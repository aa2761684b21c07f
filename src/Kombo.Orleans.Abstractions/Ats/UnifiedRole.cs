// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A role (Kombo <c>GET /ats/roles</c>): a system role or a role on a job. <see cref="Scope"/>:
/// <see cref="RoleScope"/>; <see cref="UnifiedType"/>: <see cref="RoleUnifiedType"/>, null when unmapped (both open).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.role")]
public sealed record UnifiedRole(
    string Id,
    string RemoteId,
    string? RemoteLabel,
    string? Scope,
    string? UnifiedType,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
