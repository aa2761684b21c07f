namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// One record of a page to commit. <paramref name="Payload"/> is the record's unified JSON object; the store
/// owns <c>changed_at</c> and <c>remote_deleted_at</c>, so top-level properties of those names are removed
/// before hashing and storing (a mapper's clock never makes a record look changed).
/// </summary>
/// <param name="Id">The unified id (deterministic from integration, model and remote id).</param>
/// <param name="RemoteId">SmartRecruiters' id (or the composite the mapping defines).</param>
/// <param name="Payload">UTF-8 JSON object.</param>
/// <param name="Parents">Records whose nested-change time this record's changes move (Kombo's <c>updated_after</c> rules).</param>
public sealed record RecordWrite(string Id, string RemoteId, ReadOnlyMemory<byte> Payload, IReadOnlyList<ParentLink>? Parents = null);
