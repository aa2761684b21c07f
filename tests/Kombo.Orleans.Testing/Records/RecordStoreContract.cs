using System.Text;
using System.Text.Json.Nodes;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Testing.Records;

/// <summary>
/// The rules of docs/record-store.md as tests: every <see cref="IRecordStore"/> implementation derives a test
/// class from this one and inherits every test. A derived class may share one store (one database) across its
/// tests, so each test works in an integration of its own.
/// </summary>
public abstract partial class RecordStoreContract
{
    /// <summary>Fixed instants far from "now": a store that stamps its own clock instead of the commit's fails.</summary>
    protected static readonly DateTimeOffset T0 = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    /// <summary>A fresh integration per test (xUnit makes a class instance per test).</summary>
    protected string IntegrationId { get; } = "it-" + Guid.NewGuid().ToString("N");

    protected abstract IRecordStore Store { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    protected RecordScope Scope(string model = "candidates") => new(IntegrationId, model);

    protected static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    protected static RecordWrite Write(string id, string json, string? remoteId = null, params ParentLink[] parents) =>
        new(id, remoteId ?? "remote-" + id, Json(json), parents);

    protected static ParentLink Membership(string model, string id) => new(model, id, NestedChange.Membership);

    protected static ParentLink Content(string model, string id) => new(model, id, NestedChange.Content);

    protected Task<CommitResult> CommitAsync(RecordScope scope, DateTimeOffset at, long pass, params RecordWrite[] records) =>
        Store.CommitAsync(new RecordCommit(scope, records, at, pass), Ct);

    protected Task<CommitResult> CommitAsync(RecordScope scope, DateTimeOffset at, long pass, CheckpointUpdate checkpoint, params RecordWrite[] records) =>
        Store.CommitAsync(new RecordCommit(scope, records, at, pass, checkpoint), Ct);

    /// <summary>One record, deleted or not; fails when it is missing.</summary>
    protected async Task<StoredRecord> RequireAsync(RecordScope scope, string id)
    {
        var page = await Store.QueryAsync(new RecordQuery(scope) { Ids = [id], IncludeDeleted = true }, Ct);
        return Assert.Single(page.Records);
    }

    protected async Task AssertAbsentAsync(RecordScope scope, string id)
    {
        var page = await Store.QueryAsync(new RecordQuery(scope) { Ids = [id], IncludeDeleted = true }, Ct);
        Assert.Empty(page.Records);
    }

    /// <summary>Walks every page of a query, checking that only the last page lacks a cursor.</summary>
    protected async Task<List<StoredRecord>> WalkAsync(RecordQuery query)
    {
        var records = new List<StoredRecord>();
        var pages = 0;
        for (var after = query.After; ;)
        {
            var page = await Store.QueryAsync(query with { After = after }, Ct);
            Assert.True(page.Records.Count <= query.PageSize, $"page {pages} has {page.Records.Count} records, more than {query.PageSize}");
            records.AddRange(page.Records);
            if (++pages > 10_000)
            {
                Assert.Fail("the walk does not end");
            }

            if (page.Next is null)
            {
                return records;
            }

            Assert.True(page.Records.Count == query.PageSize, $"page {pages - 1} is short ({page.Records.Count}) but has a next cursor");
            after = page.Next;
        }
    }

    protected async Task<List<string>> IdsAsync(RecordQuery query) => (await WalkAsync(query)).Select(r => r.Id).ToList();

    /// <summary>Payload content by JSON semantics: PostgreSQL's jsonb reorders keys and drops whitespace.</summary>
    protected static void AssertPayload(string expected, StoredRecord record)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(record.Payload.Span);
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"payload of {record.Id}: expected {expectedNode?.ToJsonString()}, got {actualNode?.ToJsonString()}");
    }
}
