namespace Kombo.Orleans.Tests.Queries;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Client;
using Kombo.Orleans.Testing.Engine;

/// <summary>An engine that has synced the simulator's account once, shared by the tests of a class (a sync takes seconds).</summary>
public sealed class SyncedEngine : IAsyncLifetime, IAtsReader
{
    public const string IntegrationId = "smartrecruiters:queries";

    private EngineCluster? _engine;

    public EngineCluster Engine => _engine ?? throw new InvalidOperationException("The fixture is not initialized.");

    public KomboClient Client => new(Engine.Client);

    public async ValueTask InitializeAsync()
    {
        _engine = await EngineCluster.StartAsync();
        await _engine.ConnectAndSyncAsync(IntegrationId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }

    /// <summary>Every result of the endpoint, page after page through the cursor.</summary>
    public async Task<IReadOnlyList<JsonElement>> ListAllAsync(AtsListQuery query)
    {
        var results = new List<JsonElement>();
        var page = await Client.ListAsync(query);
        while (true)
        {
            var array = JsonSerializer.Deserialize<JsonElement>(page.ResultsJson);
            Assert.Equal(JsonValueKind.Array, array.ValueKind);
            Assert.Equal(page.Count, array.GetArrayLength());
            results.AddRange(array.EnumerateArray());
            if (page.Next is null)
            {
                return results;
            }

            page = await Client.ListAsync(query with { Cursor = page.Next });
        }
    }

    public Task<IReadOnlyList<JsonElement>> ListAllAsync(AtsEndpoint endpoint, Dictionary<string, string[]>? filters = null) =>
        ListAllAsync(new AtsListQuery(IntegrationId, endpoint, PageSize: AtsListQuery.MaxPageSize, Filters: filters));
}
