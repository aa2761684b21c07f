namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// What a commit did: <c>Added + Updated + Restored + Unchanged + Refreshed</c> is the page size.
/// <see cref="Refreshed"/> records changed only in <c>remote_data</c>: their stored payload was rewritten,
/// but for a consumer they are unchanged (<c>changed_at</c> and <c>updated_at</c> stay, no parent moved).
/// </summary>
public sealed record CommitResult(int Added, int Updated, int Restored, int Unchanged, long CheckpointVersion, int Refreshed);

/// <summary>Records of a scope: <see cref="Live"/> have no <c>remote_deleted_at</c>.</summary>
public sealed record RecordCounts(long Live, long Deleted);
