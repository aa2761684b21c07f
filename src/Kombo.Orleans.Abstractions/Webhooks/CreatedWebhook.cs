namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>A new endpoint and its signing secret, which nothing ever returns again.</summary>
[GenerateSerializer, Immutable, Alias("kombo.webhooks.created")]
public sealed record CreatedWebhook(
    [property: Id(0)] WebhookEndpointInfo Endpoint,
    [property: Id(1)] string Secret);
