namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>A tenant as operators may see it: never a key or a key's hash.</summary>
[GenerateSerializer, Immutable, Alias("kombo.tenant.info")]
public sealed record TenantInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] string[] KeyIds,
    [property: Id(4)] string[] IntegrationIds);
