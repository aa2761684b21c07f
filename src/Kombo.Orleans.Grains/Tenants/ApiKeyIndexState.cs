namespace Kombo.Orleans.Grains.Tenants;

/// <summary>The tenant an API key id is bound to.</summary>
[GenerateSerializer, Alias("kombo.tenant.key_index_state")]
public sealed class ApiKeyIndexState
{
    [Id(0)] public string? TenantId { get; set; }
}
