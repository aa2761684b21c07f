using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Abstractions.Webhooks;
using Kombo.Orleans.Grains.Webhooks;

namespace Kombo.Orleans.Grains.Integrations;

/// <summary>
/// The integration's webhook events, handed to its tenant's webhook grain by one-way calls: emitting costs a sync
/// no waiting, and a webhook grain that is slow or failing cannot fail the integration.
/// </summary>
public sealed partial class IntegrationGrain
{
    private void EmitSyncFinished(SyncSummary summary)
    {
        if (S.TenantId is not { } tenantId)
        {
            return; // connected without a tenant (engine-level callers): nobody to notify
        }

        var webhooks = GrainFactory.Webhooks(tenantId);
        _ = webhooks.Publish(WebhookPayloads.SyncFinished(Id, tenantId, summary));
        if (summary.ChangedModels.Length > 0)
        {
            _ = webhooks.Publish(WebhookPayloads.DataChanged(Id, summary.ChangedModels));
        }
    }

    private void EmitStateChangedIf(IntegrationStatus before)
    {
        if (S.TenantId is { } tenantId && S.Exists && S.Status != before)
        {
            _ = GrainFactory.Webhooks(tenantId).Publish(WebhookPayloads.IntegrationStateChanged(Id, tenantId, S.Status, time.GetUtcNow()));
        }
    }
}
