namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>An integration's sync status: the current (or last) sync, recent history and every model's part.</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.integration_sync_status")]
public sealed record IntegrationSyncStatus(
    [property: Id(0)] string IntegrationId,
    [property: Id(1)] IntegrationStatus Status,
    [property: Id(2)] SetupStatus SetupStatus,
    [property: Id(3)] SyncSummary? Current,
    [property: Id(4)] SyncSummary[] History,
    [property: Id(5)] ModelSyncStatus[] Models,
    [property: Id(6)] DateTimeOffset? NextDeltaAt,
    [property: Id(7)] DateTimeOffset? NextFullAt);
