namespace Kombo.Orleans.Storage.Records.InMemory;

/// <summary>
/// A stored record. Mutable, but only under its integration's write lock; the payload array is replaced,
/// never written into, so a <see cref="StoredRecord"/> made from it stays a snapshot.
/// </summary>
internal sealed class RecordEntry(string id)
{
    public string Id { get; } = id;

    public required string RemoteId { get; set; }

    public required byte[] Payload { get; set; }

    public required byte[] ContentHash { get; set; }

    public required byte[] PayloadHash { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public long Pass { get; set; }

    public required ParentLink[] Parents { get; set; }

    public bool IsDeleted => RemoteDeletedAt is not null;

    public RecordKey Key => new(UpdatedAt.UtcTicks, Id);

    // A copy, so a caller that reaches through ReadOnlyMemory to the array cannot edit the store.
    public StoredRecord ToStored() => new(Id, RemoteId, Payload.AsSpan().ToArray(), ChangedAt, UpdatedAt, RemoteDeletedAt);
}
