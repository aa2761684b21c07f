namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>
/// Kombo's force-sync answer. Only one sync runs per integration: while one is running or queued, another
/// request answers <see cref="AlreadyQueued"/> with that sync's id and kind (a FULL asked for during a DELTA
/// is queued to follow it).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.start_result")]
public sealed record StartSyncResult(
    [property: Id(0)] bool AlreadyQueued,
    [property: Id(1)] string SyncId,
    [property: Id(2)] SyncKind Kind);
