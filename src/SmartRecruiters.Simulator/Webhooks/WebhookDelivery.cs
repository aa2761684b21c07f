namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>One event to deliver to one subscription (retries keep the event id).</summary>
public sealed record WebhookDelivery(
    string AccountIdentifier, string SubscriptionId, string EventId, string EventName, string Body, string? SelfLink, int Attempt);
