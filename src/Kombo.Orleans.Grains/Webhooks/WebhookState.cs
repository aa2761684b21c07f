namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>A tenant's webhook grain's persisted state: endpoints with their outboxes and delivery logs.</summary>
[GenerateSerializer, Alias("kombo.webhooks.state")]
public sealed class WebhookState
{
    [Id(0)] public List<StoredWebhookEndpoint> Endpoints { get; set; } = [];
}
