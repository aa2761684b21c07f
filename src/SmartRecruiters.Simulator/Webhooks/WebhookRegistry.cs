namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>An account's webhook subscriptions. Callers hold the account's lock.</summary>
public sealed class WebhookRegistry
{
    public const int MaxSubscriptions = 20;

    public List<SimSubscription> Subscriptions { get; } = [];

    public SimSubscription? Find(string id) => Subscriptions.FirstOrDefault(s => s.Id == id);

    public IEnumerable<SimSubscription> ActiveFor(string eventName) =>
        Subscriptions.Where(s => s.IsActive && s.Events.Contains(eventName, StringComparer.Ordinal));
}
