using System.Security.Cryptography;
using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Grains.Tenants;

/// <summary>
/// One API customer. Keys are bound in the key index before they are stored here, so every stored key is
/// findable; a key whose binding failed is never stored (and so never accepted).
/// </summary>
[GrainType("kombo-tenant")]
public sealed class TenantGrain(
    [PersistentState("tenant", GrainStorage.Name)] IPersistentState<TenantState> state,
    TimeProvider time)
    : Grain, ITenantGrain
{
    private TenantState S => state.State;

    private string Id => TenantIds.FromGrainKey(this.GetPrimaryKeyString());

    public async Task<TenantInfo> Create(string name)
    {
        if (TenantIds.Validate(Id) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (S.Exists)
        {
            throw new InvalidOperationException($"The tenant {Id} already exists.");
        }

        S.Exists = true;
        S.Name = string.IsNullOrWhiteSpace(name) ? Id : name;
        S.CreatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return Info();
    }

    public Task<TenantInfo?> GetInfo() => Task.FromResult(S.Exists ? Info() : null);

    public async Task<IssuedApiKey> IssueApiKey()
    {
        EnsureExists();
        var parts = ApiKeys.New();
        await StoreAsync(parts.KeyId, parts.Key);
        return new IssuedApiKey(Id, parts.KeyId, parts.Key);
    }

    public async Task ImportApiKey(string key)
    {
        EnsureExists();
        var keyId = ApiKeys.KeyIdOf(key) ?? throw new ArgumentException("An API key is 1 to 200 printable ASCII characters without spaces.");
        var hash = ApiKeys.Hash(key);
        if (S.Keys.Any(k => k.KeyId == keyId && CryptographicOperations.FixedTimeEquals(k.Hash, hash)))
        {
            return;
        }

        await StoreAsync(keyId, key);
    }

    public Task<TenantAccess?> Authenticate(string keyId, byte[] keyHash)
    {
        var match = S.Exists && keyHash is { Length: 32 }
            && S.Keys.Any(k => k.KeyId == keyId && CryptographicOperations.FixedTimeEquals(k.Hash, keyHash));
        return Task.FromResult(match ? new TenantAccess(Id, [.. S.IntegrationIds]) : null);
    }

    public async Task AddIntegration(string integrationId)
    {
        EnsureExists();
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        if (!S.IntegrationIds.Contains(integrationId, StringComparer.Ordinal))
        {
            S.IntegrationIds.Add(integrationId);
            await state.WriteStateAsync();
        }
    }

    public async Task RemoveIntegration(string integrationId)
    {
        if (S.IntegrationIds.Remove(integrationId))
        {
            await state.WriteStateAsync();
        }
    }

    private async Task StoreAsync(string keyId, string key)
    {
        if (!await GrainFactory.Index(keyId).Bind(Id))
        {
            throw new InvalidOperationException("That API key cannot be used; choose another.");
        }

        S.Keys.Add(new StoredApiKey(keyId, ApiKeys.Hash(key), time.GetUtcNow()));
        await state.WriteStateAsync();
    }

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            throw new InvalidOperationException($"The tenant {Id} does not exist.");
        }
    }

    private TenantInfo Info() => new(Id, S.Name, S.CreatedAt, [.. S.Keys.Select(k => k.KeyId)], [.. S.IntegrationIds]);
}
