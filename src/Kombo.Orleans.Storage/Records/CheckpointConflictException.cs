namespace Kombo.Orleans.Storage.Records;

/// <summary>The checkpoint moved since the writer read it; the commit was rolled back as a whole.</summary>
public sealed class CheckpointConflictException(RecordScope scope, long expectedVersion, long actualVersion)
    : Exception($"The checkpoint of {scope} is at version {actualVersion}, not {expectedVersion}; nothing was written.")
{
    public RecordScope Scope { get; } = scope;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;
}
