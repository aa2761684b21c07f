using Kombo.Orleans.Abstractions.Webhooks;

namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>One event for one endpoint; the body is kept only while the delivery is pending.</summary>
[GenerateSerializer, Alias("kombo.webhooks.stored_delivery")]
public sealed class StoredDelivery
{
    [Id(0)] public string EventId { get; set; } = "";
    [Id(1)] public string Type { get; set; } = "";
    [Id(2)] public string? Body { get; set; }
    [Id(3)] public WebhookDeliveryStatus Status { get; set; }
    [Id(4)] public int Attempts { get; set; }
    [Id(5)] public int? LastStatusCode { get; set; }
    [Id(6)] public string? LastError { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public DateTimeOffset? LastAttemptAt { get; set; }
    [Id(9)] public DateTimeOffset? DeliveredAt { get; set; }
    [Id(10)] public DateTimeOffset NextAttemptAt { get; set; }

    public WebhookDelivery ToInfo() => new(
        EventId, Type, Status, Attempts, LastStatusCode, LastError, CreatedAt, LastAttemptAt, DeliveredAt,
        Status == WebhookDeliveryStatus.Pending ? NextAttemptAt : null);
}
