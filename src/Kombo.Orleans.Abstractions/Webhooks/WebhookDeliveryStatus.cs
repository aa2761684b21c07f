namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>Where one event stands with one endpoint.</summary>
[GenerateSerializer, Alias("kombo.webhooks.delivery_status")]
public enum WebhookDeliveryStatus
{
    /// <summary>Not yet answered with a 2xx; another attempt is scheduled.</summary>
    Pending = 0,

    /// <summary>The endpoint answered an attempt with a 2xx.</summary>
    Delivered = 1,

    /// <summary>Every attempt failed, or the outbox was full and the event was dropped; nothing further is sent.</summary>
    Failed = 2,
}
