namespace Kombo.Orleans.Grains.Tenants;

/// <summary>One API key of a tenant as it is kept: its id and the SHA-256 of the whole key.</summary>
[GenerateSerializer, Immutable, Alias("kombo.tenant.stored_key")]
public sealed record StoredApiKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] byte[] Hash,
    [property: Id(2)] DateTimeOffset CreatedAt);
