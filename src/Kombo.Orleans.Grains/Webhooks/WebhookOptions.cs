namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>Webhook settings (<c>Kombo:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Kombo:Webhooks";

    /// <summary>Attempts per event and endpoint, the first included; then the delivery is FAILED.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles after each further failure (plus up to 20% jitter).</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Endpoints per tenant.</summary>
    public int MaxEndpoints { get; set; } = 10;

    /// <summary>Undelivered events kept per endpoint; beyond it the oldest is dropped (logged as FAILED), so a dead endpoint cannot grow the state without end.</summary>
    public int MaxPendingPerEndpoint { get; set; } = 500;

    /// <summary>Finished deliveries kept in an endpoint's log.</summary>
    public int DeliveryLogLength { get; set; } = 100;

    /// <summary>Attempts sent at once per tenant (the rest wait for the next round).</summary>
    public int MaxConcurrentAttempts { get; set; } = 16;

    /// <summary>
    /// Hosts a webhook URL may use plain http for (bare host names). Unset: loopback only (<c>127.0.0.1</c>,
    /// <c>localhost</c>, <c>[::1]</c>); everything else must be https, so event data and signatures are not sent in clear.
    /// </summary>
    public List<string> AllowHttpHosts { get; set; } = [];
}
