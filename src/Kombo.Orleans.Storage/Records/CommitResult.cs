namespace Kombo.Orleans.Storage.Records;

/// <summary>What a commit did: <c>Added + Updated + Restored + Unchanged</c> is the page size.</summary>
public sealed record CommitResult(int Added, int Updated, int Restored, int Unchanged, long CheckpointVersion);

/// <summary>Records of a scope: <see cref="Live"/> have no <c>remote_deleted_at</c>.</summary>
public sealed record RecordCounts(long Live, long Deleted);
