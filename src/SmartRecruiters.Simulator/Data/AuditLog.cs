namespace SmartRecruiters.Simulator.Data;

/// <summary>
/// The account's audit trail (<c>/audit-api/v201910/audit-events</c>): one event per change made
/// through the API or the control API, in the order they happened. Callers hold the account's lock.
/// </summary>
public sealed class AuditLog
{
    private readonly List<AuditEntry> _events = [];

    public IReadOnlyList<AuditEntry> Events => _events;

    public void Record(DateTimeOffset at, string eventName, string entityType, string entityId, string authorType = "USER",
        string? authorId = null, IReadOnlyDictionary<string, string?>? context = null) =>
        _events.Add(new AuditEntry(Guid.NewGuid().ToString(), eventName, at, authorType, authorId, entityType, entityId, context ?? new Dictionary<string, string?>()));
}

public sealed record AuditEntry(
    string Id, string EventName, DateTimeOffset EventDate, string AuthorType, string? AuthorId,
    string EntityType, string EntityId, IReadOnlyDictionary<string, string?> Context);
