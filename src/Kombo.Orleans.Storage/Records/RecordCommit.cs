namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A page of records of one scope and the checkpoint that follows it, written in one transaction.
/// </summary>
/// <param name="Scope">Integration and model.</param>
/// <param name="Records">At most one write per id; may be empty (a checkpoint-only commit).</param>
/// <param name="At">The instant stamped on what changes (<c>changed_at</c>, parents' nested-change time); truncated to microseconds.</param>
/// <param name="Pass">
/// The pass that saw these records: a full pass uses a number higher than any before it, a delta the number
/// of the last full pass. <see cref="IRecordStore.MarkUnseenDeletedAsync"/> deletes what no pass at or after
/// its number saw. A record's mark never goes down.
/// </param>
/// <param name="Checkpoint">Advances the scope's checkpoint when given; null leaves it alone.</param>
public sealed record RecordCommit(RecordScope Scope, IReadOnlyList<RecordWrite> Records, DateTimeOffset At, long Pass, CheckpointUpdate? Checkpoint = null);
