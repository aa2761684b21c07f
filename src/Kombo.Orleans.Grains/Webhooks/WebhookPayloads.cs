using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Abstractions.Webhooks;

namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>
/// Builds the events as Kombo's webhooks shape them: <c>{"id","type","data"}</c>, snake_case, enums in
/// SCREAMING_SNAKE, times in UTC. <c>sync-finished</c> adds <c>sync_type</c> and <c>counts</c>, which Kombo does not send.
/// </summary>
public static class WebhookPayloads
{
    private const string Tool = "smartrecruiters";
    private const string Category = "ATS";

    // No QA process exists here; Kombo's other values (PENDING, FAILED) would suggest one.
    private const string QaStatus = "PASSED";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static WebhookEvent SyncFinished(string integrationId, string tenantId, SyncSummary sync) => Create(
        WebhookEventTypes.SyncFinished,
        new SyncFinishedData(
            sync.SyncId, sync.State, Utc(sync.StartedAt), Utc(sync.EndedAt),
            sync is { StartedAt: { } started, EndedAt: { } ended } ? (ended - started).TotalSeconds : null,
            integrationId, Tool, Category, new EndUser(tenantId), null, sync.Kind,
            new Counts(sync.Counts.Added, sync.Counts.Updated, sync.Counts.Deleted, sync.Counts.Failed, sync.Counts.Unchanged)));

    public static WebhookEvent DataChanged(string integrationId, IEnumerable<string> changedModels) => Create(
        WebhookEventTypes.DataChanged,
        new DataChangedData(integrationId, Tool, Category, [.. changedModels.Select(name => new ChangedModel(name))]));

    public static WebhookEvent IntegrationStateChanged(string integrationId, string tenantId, IntegrationStatus state, DateTimeOffset updatedAt) => Create(
        WebhookEventTypes.IntegrationStateChanged,
        new StateChangedData(Tool, integrationId, Category, new EndUser(tenantId), state, Utc(updatedAt)!.Value, QaStatus));

    private static WebhookEvent Create(string type, object data)
    {
        var id = Base58.Random(22);
        return new WebhookEvent(id, type, JsonSerializer.Serialize(new Envelope(id, type, data), Json));
    }

    private static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    private sealed record Envelope(string Id, string Type, object Data);

    /// <summary><c>origin_id</c> is the tenant, as in the integration's <c>end_user</c>.</summary>
    private sealed record EndUser(string OriginId)
    {
        public string? OrganizationName => null;

        public string? CreatorEmail => null;
    }

    private sealed record Counts(long Added, long Updated, long Deleted, long Failed, long Unchanged);

    private sealed record ChangedModel(string Name);

    private sealed record SyncFinishedData(
        string SyncId, SyncState SyncState, DateTime? SyncStartedAt, DateTime? SyncEndedAt, double? SyncDurationSeconds,
        string IntegrationId, string IntegrationTool, string IntegrationCategory, EndUser EndUser, string? LogUrl,
        SyncKind SyncType, Counts Counts);

    private sealed record DataChangedData(string IntegrationId, string IntegrationTool, string IntegrationCategory, ChangedModel[] ChangedModels);

    private sealed record StateChangedData(
        string IntegrationTool, string IntegrationId, string IntegrationCategory, EndUser EndUser, IntegrationStatus State, DateTime UpdatedAt, string QaStatus);
}
