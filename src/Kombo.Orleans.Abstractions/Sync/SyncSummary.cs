namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>One sync of an integration, as its history keeps it.</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.summary")]
public sealed record SyncSummary(
    [property: Id(0)] string SyncId,
    [property: Id(1)] SyncKind Kind,
    [property: Id(2)] SyncState State,
    [property: Id(3)] DateTimeOffset QueuedAt,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] DateTimeOffset? EndedAt,
    [property: Id(6)] SyncCounts Counts,
    [property: Id(7)] RequestUsage Usage,
    [property: Id(8)] string[] ChangedModels,
    [property: Id(9)] string? Error)
{
    public bool IsFinished => State is not (SyncState.Queued or SyncState.Running);
}
