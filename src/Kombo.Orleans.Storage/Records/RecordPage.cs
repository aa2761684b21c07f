namespace Kombo.Orleans.Storage.Records;

/// <summary>A page of records; <see cref="Next"/> is null on the last page.</summary>
public sealed record RecordPage(IReadOnlyList<StoredRecord> Records, RecordCursor? Next);
