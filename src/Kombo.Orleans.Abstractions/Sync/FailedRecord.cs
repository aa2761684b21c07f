namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>A record a sync could not read or map, and why (SmartRecruiters' data is left as it was in the store).</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.failed_record")]
public sealed record FailedRecord(
    [property: Id(0)] string Model,
    [property: Id(1)] string? RemoteId,
    [property: Id(2)] string Reason);
