using System.Text.Json;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Webhooks;

namespace SmartRecruiters.Simulator.Data;

/// <summary>
/// Where every change announces itself: the clock changes are stamped with, the audit log, and the
/// webhook events SmartRecruiters would send for it. Callers hold the account's lock.
/// </summary>
public sealed class AccountEvents(TimeProvider time, WebhookDispatcher dispatcher)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public void Audit(SimAccount account, string eventName, string entityType, string entityId, IReadOnlyDictionary<string, string?>? context = null) =>
        account.Audit.Record(Now, eventName, entityType, entityId, "USER", account.Users.FirstOrDefault()?.Id, context);

    /// <summary>Queues <paramref name="eventName"/> with its id-only payload for every active subscription to it.</summary>
    public void Raise(SimAccount account, string eventName, IReadOnlyDictionary<string, string> payload, string? selfPath)
    {
        var body = JsonSerializer.Serialize(payload);
        var eventId = Guid.NewGuid().ToString();
        var link = eventName.EndsWith(".deleted", StringComparison.Ordinal) || selfPath is null ? null : selfPath;
        foreach (var subscription in account.Webhooks.ActiveFor(eventName))
        {
            dispatcher.Enqueue(new WebhookDelivery(account.Identifier, subscription.Id, eventId, eventName, body, link, 1));
        }
    }
}
