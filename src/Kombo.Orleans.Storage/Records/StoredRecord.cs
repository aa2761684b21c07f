namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A record as stored. <see cref="Payload"/> is its JSON object without the store-owned
/// <c>changed_at</c>/<c>remote_deleted_at</c> (the read path adds them); byte layout may differ from what
/// was written (PostgreSQL normalises JSON), its content never does.
/// </summary>
/// <param name="ChangedAt">When the record's own projection last changed (Kombo's <c>changed_at</c>).</param>
/// <param name="UpdatedAt">The later of <see cref="ChangedAt"/> and the last nested change: what <c>updated_after</c> compares and pages order by.</param>
public sealed record StoredRecord(string Id, string RemoteId, ReadOnlyMemory<byte> Payload, DateTimeOffset ChangedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RemoteDeletedAt);
