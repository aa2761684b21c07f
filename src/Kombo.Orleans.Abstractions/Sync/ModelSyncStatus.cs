namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>One model's part of the current or last sync.</summary>
/// <param name="Model">The sync model (<c>users</c>, <c>jobs</c>, <c>candidates</c>, …): what one model sync grain fetches.</param>
/// <param name="Done">Source records processed so far in this pass.</param>
/// <param name="Total">What SmartRecruiters reported as <c>totalFound</c>, when it did.</param>
/// <param name="Eta">Estimated time left, from the pace so far (null without a total).</param>
/// <param name="Checkpoint">Where the pass would resume (e.g. the cursor), as stored with the last page.</param>
/// <param name="FailedRecords">The first failed records (at most 100), with reasons.</param>
[GenerateSerializer, Immutable, Alias("kombo.sync.model_status")]
public sealed record ModelSyncStatus(
    [property: Id(0)] string Model,
    [property: Id(1)] SyncState State,
    [property: Id(2)] SyncKind Kind,
    [property: Id(3)] string? SyncId,
    [property: Id(4)] DateTimeOffset? StartedAt,
    [property: Id(5)] DateTimeOffset? EndedAt,
    [property: Id(6)] SyncCounts Counts,
    [property: Id(7)] RequestUsage Usage,
    [property: Id(8)] long Done,
    [property: Id(9)] long? Total,
    [property: Id(10)] TimeSpan? Eta,
    [property: Id(11)] string? Checkpoint,
    [property: Id(12)] string? LastError,
    [property: Id(13)] FailedRecord[] FailedRecords);
