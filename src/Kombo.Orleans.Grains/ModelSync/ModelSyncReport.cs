using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>A model sync grain's answer when its part of a sync has ended.</summary>
/// <param name="ChangedScopes">Public and internal scopes whose records changed (added, updated, restored, deleted).</param>
[GenerateSerializer, Immutable, Alias("kombo.engine.model_sync_report")]
public sealed record ModelSyncReport(
    [property: Id(0)] string Model,
    [property: Id(1)] ModelSyncStatus Status,
    [property: Id(2)] string[] ChangedScopes);
