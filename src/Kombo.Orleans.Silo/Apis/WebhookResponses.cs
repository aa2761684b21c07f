using Kombo.Orleans.Abstractions.Webhooks;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>A webhook endpoint as the API shows it: never its secret.</summary>
internal sealed record WebhookResponse(string Id, string Url, DateTimeOffset CreatedAt, int PendingDeliveries)
{
    public static WebhookResponse From(WebhookEndpointInfo info) => new(info.Id, info.Url.AbsoluteUri, info.CreatedAt, info.PendingDeliveries);
}

/// <summary>The answer to creating an endpoint, the one place its secret is ever shown.</summary>
internal sealed record CreatedWebhookResponse(string Id, string Url, DateTimeOffset CreatedAt, string Secret)
{
    public static CreatedWebhookResponse From(CreatedWebhook created) =>
        new(created.Endpoint.Id, created.Endpoint.Url.AbsoluteUri, created.Endpoint.CreatedAt, created.Secret);
}

/// <summary>One line of an endpoint's delivery log.</summary>
internal sealed record WebhookDeliveryResponse(
    string EventId, string Type, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(d.EventId, d.Type, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.LastAttemptAt, d.DeliveredAt, d.NextAttemptAt);
}
