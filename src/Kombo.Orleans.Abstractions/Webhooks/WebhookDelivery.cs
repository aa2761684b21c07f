namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>One event's delivery to one endpoint, as its delivery log shows it.</summary>
[GenerateSerializer, Immutable, Alias("kombo.webhooks.delivery")]
public sealed record WebhookDelivery(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Type,
    [property: Id(2)] WebhookDeliveryStatus Status,
    [property: Id(3)] int Attempts,
    [property: Id(4)] int? LastStatusCode,
    [property: Id(5)] string? LastError,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset? LastAttemptAt,
    [property: Id(8)] DateTimeOffset? DeliveredAt,
    [property: Id(9)] DateTimeOffset? NextAttemptAt);
