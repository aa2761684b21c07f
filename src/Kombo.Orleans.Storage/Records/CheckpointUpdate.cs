namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// Replaces a scope's checkpoint if it is still at <paramref name="ExpectedVersion"/> (0 before the first),
/// making it version <c>ExpectedVersion + 1</c>: a stale writer (say, a duplicate activation during a
/// silo failover) fails instead of overwriting progress.
/// </summary>
/// <param name="ExpectedVersion">The version read by the writer.</param>
/// <param name="Value">Opaque to the store (the sync engine's cursor, high-water mark, pass markers); at most 64 KiB.</param>
public sealed record CheckpointUpdate(long ExpectedVersion, string Value);

/// <summary>A scope's checkpoint as stored.</summary>
public sealed record StoredCheckpoint(long Version, string? Value, DateTimeOffset? UpdatedAt)
{
    public static StoredCheckpoint None { get; } = new(0, null, null);
}
