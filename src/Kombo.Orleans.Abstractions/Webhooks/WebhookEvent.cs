namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>
/// One event as it goes over the wire: <paramref name="Body"/> is the finished JSON envelope
/// (<c>{"id","type","data"}</c>), kept as text so every attempt sends, and signs, exactly the same bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.webhooks.event")]
public sealed record WebhookEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string Body);
