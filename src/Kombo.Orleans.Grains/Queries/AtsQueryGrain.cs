using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Grains.Queries.Shapes;
using Kombo.Orleans.Storage.Records;
using Orleans.Concurrency;

namespace Kombo.Orleans.Grains.Queries;

/// <summary>
/// Serves Kombo's ATS list endpoints from the record store: one keyset page of the endpoint's model, filtered in
/// the store, then composed with the records Kombo embeds (a few batched store reads per page, never one per record).
/// Stateless, so every silo answers the reads it receives and none waits behind a sync.
/// </summary>
[StatelessWorker]
internal sealed class AtsQueryGrain(IRecordStore store) : Grain, IAtsQueryGrain
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<AtsPage> List(AtsListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > AtsListQuery.MaxPageSize)
        {
            throw new ArgumentException($"page_size must be between 1 and {AtsListQuery.MaxPageSize}, not {query.PageSize}.", "page_size");
        }

        var shape = ResultShapes.For(query.Endpoint);
        var reader = new ShapeReader(store, query.IntegrationId, CancellationToken.None);
        var after = query.Cursor is { Length: > 0 } cursor ? QueryCursor.Decode(query.IntegrationId, query.Endpoint, cursor) : null;
        var filters = await EndpointFilters.ResolveAsync(query.Endpoint, query.Filters, reader);
        var ids = NonEmpty(query.Ids);
        if (filters.Ids is not null)
        {
            ids = ids is null ? filters.Ids.ToArray() : ids.Where(filters.Ids.Contains).ToArray();
        }

        if (filters.MatchesNothing || ids is { Length: 0 })
        {
            return new AtsPage("[]"u8.ToArray(), 0, null);
        }

        var page = await store.QueryAsync(new RecordQuery(reader.Scope(shape.Scope))
        {
            UpdatedAfter = query.UpdatedAfter,
            IncludeDeleted = query.IncludeDeleted,
            Ids = ids,
            RemoteIds = NonEmpty(query.RemoteIds),
            Filters = filters.Payload,
            PageSize = query.PageSize,
            After = after,
        });
        var records = page.Records.Select(r => new LinkedRecord(r)).ToList();
        var json = await ComposeAsync(shape, records, reader);
        var next = page.Next is null ? null : QueryCursor.Encode(query.IntegrationId, query.Endpoint, page.Next);
        return new AtsPage(json, records.Count, next);
    }

    public async Task<byte[]?> Get(string integrationId, AtsEndpoint endpoint, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var shape = ResultShapes.For(endpoint);
        var reader = new ShapeReader(store, integrationId, CancellationToken.None);
        var page = await store.QueryAsync(new RecordQuery(reader.Scope(shape.Scope)) { Ids = [id], IncludeDeleted = true, PageSize = 1 });
        if (page.Records.Count == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            await shape.WriteAsync(writer, [new LinkedRecord(page.Records[0])], reader);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task<byte[]> ComposeAsync(IResultShape shape, IReadOnlyList<LinkedRecord> records, ShapeReader reader)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            if (records.Count > 0)
            {
                await shape.WriteAsync(writer, records, reader);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string[]? NonEmpty(string[]? values) => values is { Length: > 0 } ? values : null;
}
