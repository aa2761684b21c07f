namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>
/// One API customer: its name, the hashes of its API keys and the integrations it owns. Key: the tenant id
/// (<see cref="TenantIds"/>); use <see cref="TenantIds.Grain"/> to reach it.
/// </summary>
[Alias("kombo.tenant.grain")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates the tenant.</summary>
    /// <exception cref="InvalidOperationException">The tenant already exists.</exception>
    [Alias("create")]
    Task<TenantInfo> Create(string name);

    /// <summary>The tenant, or null when it does not exist.</summary>
    [Alias("info")]
    Task<TenantInfo?> GetInfo();

    /// <summary>Generates a new API key; its plain text is in the answer and nowhere else, ever.</summary>
    [Alias("issue_key")]
    Task<IssuedApiKey> IssueApiKey();

    /// <summary>
    /// Adds a key chosen by an operator (the bootstrap key); does nothing when the tenant already has it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The key belongs to another tenant.</exception>
    [Alias("import_key")]
    Task ImportApiKey(string key);

    /// <summary>
    /// The tenant's access when <paramref name="keyHash"/> is the hash of one of its keys under <paramref name="keyId"/>; null otherwise.
    /// </summary>
    [Alias("authenticate")]
    Task<TenantAccess?> Authenticate(string keyId, byte[] keyHash);

    /// <summary>Records that the tenant owns an integration (idempotent).</summary>
    [Alias("add_integration")]
    Task AddIntegration(string integrationId);

    /// <summary>Forgets an integration of the tenant (idempotent).</summary>
    [Alias("remove_integration")]
    Task RemoveIntegration(string integrationId);
}
