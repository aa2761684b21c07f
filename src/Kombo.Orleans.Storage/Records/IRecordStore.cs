namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// Where unified records live: per integration and model, each with its id, remote id, content hash,
/// <c>changed_at</c>, the nested-change time that Kombo's <c>updated_after</c> needs, <c>remote_deleted_at</c>
/// and its payload. Records never live in grain state; a model sync grain commits a page of records and
/// its checkpoint here in one transaction, so a crash replays at most one page.
/// </summary>
/// <remarks>
/// Two implementations keep one contract (one test suite runs against both): PostgreSQL for durable
/// hosts and an in-memory store for the embedded default and unit tests.
/// </remarks>
public interface IRecordStore
{
    /// <summary>
    /// Upserts a page of records and, when given, advances the scope's checkpoint, atomically.
    /// <c>changed_at</c> moves only for records that are new, whose content hash differs, or that come back
    /// after a deletion; a record that differs only in <c>remote_data</c> is refreshed (its stored payload is
    /// rewritten, its times stay); an identical record changes nothing but its pass mark.
    /// </summary>
    /// <exception cref="CheckpointConflictException">The stored checkpoint version is not the expected one (nothing was written).</exception>
    /// <exception cref="ArgumentException">The commit is malformed (e.g. a payload that is not a JSON object, a duplicate id in one page).</exception>
    Task<CommitResult> CommitAsync(RecordCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends a full pass of one scope: every live record not seen by pass <paramref name="pass"/> or a later
    /// one is marked deleted at <paramref name="at"/> (and its Membership parents are bumped). Call it only
    /// for a pass that completed without errors. The checkpoint, when given, advances in the same transaction.
    /// </summary>
    Task<int> MarkUnseenDeletedAsync(RecordScope scope, long pass, DateTimeOffset at, CheckpointUpdate? checkpoint = null, CancellationToken cancellationToken = default);

    /// <summary>The scope's checkpoint, or <see cref="StoredCheckpoint.None"/> (version 0) before the first commit.</summary>
    Task<StoredCheckpoint> GetCheckpointAsync(RecordScope scope, CancellationToken cancellationToken = default);

    /// <summary>One keyset page of records, ordered by (<see cref="StoredRecord.UpdatedAt"/>, id ordinal).</summary>
    Task<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many records the scope holds, live and deleted.</summary>
    Task<RecordCounts> CountAsync(RecordScope scope, CancellationToken cancellationToken = default);

    /// <summary>Removes every record and checkpoint of an integration; returns how many records went.</summary>
    Task<long> DeleteIntegrationAsync(string integrationId, CancellationToken cancellationToken = default);
}
