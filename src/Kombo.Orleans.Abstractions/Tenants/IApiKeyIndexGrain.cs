namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>
/// Which tenant an API key id belongs to, so a request's key resolves with one call here and one to the tenant.
/// Key: <see cref="ApiKeys.IndexKey"/> of the key id. Holds no hash: the tenant grain verifies the key.
/// </summary>
[Alias("kombo.tenant.key_index")]
public interface IApiKeyIndexGrain : IGrainWithStringKey
{
    /// <summary>The owning tenant id, or null for an unknown key id.</summary>
    [Alias("tenant")]
    Task<string?> GetTenant();

    /// <summary>Binds the key id to <paramref name="tenantId"/>; false when it is already bound to another tenant.</summary>
    [Alias("bind")]
    Task<bool> Bind(string tenantId);
}
