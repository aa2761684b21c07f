using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Client;

/// <summary>
/// What a .NET service needs of Kombo.Orleans, over an Orleans cluster client (external, or the silo's own when
/// co-hosted): pages of unified records in Kombo's shapes, integrations, syncs and their status. Thin on purpose:
/// every call is one grain call.
/// </summary>
public sealed class KomboClient(IClusterClient cluster)
{
    /// <summary>One page of an ATS endpoint (<c>data.results</c> as Kombo shapes it, and the next cursor).</summary>
    /// <exception cref="ArgumentException">The query is invalid (e.g. a malformed cursor or an unknown filter value).</exception>
    public Task<AtsPage> ListAsync(AtsListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cluster.GetGrain<IAtsQueryGrain>(0).List(query);
    }

    /// <summary>One record of an endpoint by its unified id, as JSON in the endpoint's shape; null when there is none.</summary>
    public Task<byte[]?> GetAsync(string integrationId, AtsEndpoint endpoint, string id) =>
        cluster.GetGrain<IAtsQueryGrain>(0).Get(integrationId, endpoint, id);

    /// <summary>Connects a SmartRecruiters account under <paramref name="integrationId"/>; its first full sync starts at once.</summary>
    public Task<IntegrationInfo> ConnectAsync(string integrationId, IntegrationSetup setup) => Integration(integrationId).Connect(setup);

    /// <summary>The integration, or null when there is none (never its credentials).</summary>
    public Task<IntegrationInfo?> GetIntegrationAsync(string integrationId) => Integration(integrationId).GetInfo();

    public Task<IntegrationInfo> SetEnabledAsync(string integrationId, bool enabled) => Integration(integrationId).SetEnabled(enabled);

    public Task<IntegrationInfo> UpdateCredentialsAsync(string integrationId, IntegrationCredentials credentials) =>
        Integration(integrationId).UpdateCredentials(credentials);

    public Task<IntegrationInfo> UpdateScopeAsync(string integrationId, ScopeConfig scope) => Integration(integrationId).UpdateScope(scope);

    public Task DeleteIntegrationAsync(string integrationId) => Integration(integrationId).Delete();

    /// <summary>Kombo's force-sync: starts a sync, or tells which one is already running or queued.</summary>
    public Task<StartSyncResult> StartSyncAsync(string integrationId, SyncKind kind) => Integration(integrationId).StartSync(kind);

    public Task<IntegrationSyncStatus> GetSyncStatusAsync(string integrationId) => Integration(integrationId).GetSyncStatus();

    /// <summary>Waits (at most <paramref name="timeout"/>) for a sync to end; returns its summary, still running if the time ran out.</summary>
    public Task<SyncSummary?> WaitForSyncAsync(string integrationId, string syncId, TimeSpan timeout) =>
        Integration(integrationId).WaitForSync(syncId, timeout);

    private IIntegrationGrain Integration(string integrationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        return cluster.GetGrain<IIntegrationGrain>(integrationId);
    }
}
