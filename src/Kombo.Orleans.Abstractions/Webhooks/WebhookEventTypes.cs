namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>The event types the engine sends, spelled as Kombo's webhooks spell them.</summary>
public static class WebhookEventTypes
{
    public const string SyncFinished = "sync-finished";
    public const string DataChanged = "data-changed";
    public const string IntegrationStateChanged = "integration-state-changed";
}
