namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>What a sync did to the stored records.</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.counts")]
public sealed record SyncCounts(
    [property: Id(0)] long Added,
    [property: Id(1)] long Updated,
    [property: Id(2)] long Deleted,
    [property: Id(3)] long Failed,
    [property: Id(4)] long Unchanged)
{
    public static SyncCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public long Changed => Added + Updated + Deleted;

    public SyncCounts Plus(SyncCounts other) => new(
        Added + other.Added, Updated + other.Updated, Deleted + other.Deleted, Failed + other.Failed, Unchanged + other.Unchanged);
}
