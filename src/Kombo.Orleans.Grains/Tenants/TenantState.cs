namespace Kombo.Orleans.Grains.Tenants;

/// <summary>A tenant grain's persisted state: key hashes only, never a key.</summary>
[GenerateSerializer, Alias("kombo.tenant.state")]
public sealed class TenantState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public DateTimeOffset CreatedAt { get; set; }
    [Id(3)] public List<StoredApiKey> Keys { get; set; } = [];
    [Id(4)] public List<string> IntegrationIds { get; set; } = [];
}
