namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>One endpoint: its URL, its secret encrypted (never in plain text at rest) and its deliveries.</summary>
[GenerateSerializer, Alias("kombo.webhooks.stored_endpoint")]
public sealed class StoredWebhookEndpoint
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public Uri Url { get; set; } = null!;
    [Id(2)] public byte[] ProtectedSecret { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Oldest first: the pending ones are the outbox, the finished ones the bounded log.</summary>
    [Id(4)] public List<StoredDelivery> Deliveries { get; set; } = [];
}
