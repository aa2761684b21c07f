namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>A freshly issued API key. <see cref="Key"/> is shown once; only its hash is kept.</summary>
[GenerateSerializer, Immutable, Alias("kombo.tenant.issued_key")]
public sealed record IssuedApiKey(
    [property: Id(0)] string TenantId,
    [property: Id(1)] string KeyId,
    [property: Id(2)] string Key)
{
    // Keeps the key out of logs that print the record.
    public override string ToString() => $"API key {KeyId} of tenant {TenantId} (hidden)";
}
