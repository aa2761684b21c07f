namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>What an authenticated request may touch: its tenant and the integrations that tenant owns.</summary>
[GenerateSerializer, Immutable, Alias("kombo.tenant.access")]
public sealed record TenantAccess(
    [property: Id(0)] string TenantId,
    [property: Id(1)] string[] IntegrationIds)
{
    public bool Owns(string integrationId) => IntegrationIds.Contains(integrationId, StringComparer.Ordinal);
}
