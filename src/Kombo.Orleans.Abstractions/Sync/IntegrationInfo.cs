namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>An integration as callers may see it: everything but the credentials' values.</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.integration_info")]
public sealed record IntegrationInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Tool,
    [property: Id(2)] IntegrationStatus Status,
    [property: Id(3)] SetupStatus SetupStatus,
    [property: Id(4)] Uri BaseUrl,
    [property: Id(5)] string CredentialKind,
    [property: Id(6)] string? CompanyIdentifier,
    [property: Id(7)] ScopeConfig Scope,
    [property: Id(8)] SyncSchedule Schedule,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] string? TenantId,
    [property: Id(11)] string? StatusReason);
