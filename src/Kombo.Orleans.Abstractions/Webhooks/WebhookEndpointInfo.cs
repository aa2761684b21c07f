namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>A webhook endpoint as its tenant sees it: never its secret.</summary>
[GenerateSerializer, Immutable, Alias("kombo.webhooks.endpoint_info")]
public sealed record WebhookEndpointInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] Uri Url,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] int PendingDeliveries);
