using Orleans.Concurrency;

namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>
/// A tenant's outgoing webhooks: its endpoints (with encrypted secrets), the outbox of events not yet delivered,
/// and a bounded delivery log per endpoint. Key: <see cref="WebhookGrains.GrainKey"/> of the tenant id; reach it
/// with <see cref="WebhookGrains.Webhooks"/>.
/// </summary>
[Alias("kombo.webhooks.grain")]
public interface IWebhookGrain : IGrainWithStringKey
{
    /// <summary>Adds an endpoint; the answer holds the secret, the only time it is ever shown.</summary>
    /// <exception cref="ArgumentException">The secret is not acceptable, or the tenant has as many endpoints as allowed.</exception>
    [Alias("create")]
    Task<CreatedWebhook> Create(Uri url, string? secret);

    /// <summary>The endpoints, never their secrets.</summary>
    [Alias("list"), AlwaysInterleave]
    Task<WebhookEndpointInfo[]> List();

    /// <summary>Removes an endpoint with its outbox and log; false when there is no such endpoint.</summary>
    [Alias("delete")]
    Task<bool> Delete(string webhookId);

    /// <summary>The endpoint's delivery log, newest first; null when there is no such endpoint.</summary>
    [Alias("deliveries"), AlwaysInterleave]
    Task<WebhookDelivery[]?> GetDeliveries(string webhookId);

    /// <summary>
    /// Queues an event for every endpoint and returns at once: one-way, so whoever emits (a sync ending) never
    /// waits for delivery or for this grain.
    /// </summary>
    [Alias("publish"), OneWay]
    Task Publish(WebhookEvent webhookEvent);
}
