using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Grains.Tenants;

/// <summary>Maps one API key id to its tenant; first binding wins, so a key id can never move to another tenant.</summary>
[GrainType("kombo-api-key-index")]
public sealed class ApiKeyIndexGrain(
    [PersistentState("api_key_index", GrainStorage.Name)] IPersistentState<ApiKeyIndexState> state)
    : Grain, IApiKeyIndexGrain
{
    public Task<string?> GetTenant() => Task.FromResult(state.State.TenantId);

    public async Task<bool> Bind(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (state.State.TenantId is { } bound)
        {
            return bound == tenantId;
        }

        state.State.TenantId = tenantId;
        await state.WriteStateAsync();
        return true;
    }
}
