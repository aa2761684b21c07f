namespace Kombo.Orleans.Tests.Apis;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Engine;
using Kombo.Orleans.Testing.Silos;
using Kombo.Orleans.Tests.Queries;

/// <summary>The filter contract through HTTP: every filter of every endpoint, as a Kombo client sends it.</summary>
public sealed class AtsApiFilterTests(ApiSyncedDemo fixture) : AtsFilterContract(fixture), IClassFixture<ApiSyncedDemo>;

/// <summary>The embedded host whose demo integration has finished its first sync, read through <c>GET /v1/ats/…</c>.</summary>
public sealed class ApiSyncedDemo : IAsyncLifetime, IAtsReader
{
    private const string Demo = "smartrecruiters:demo";

    private ApiHost? _host;
    private HttpClient? _client;

    public async ValueTask InitializeAsync()
    {
        _host = await ApiHost.StartAsync(new SiloSettings { DemoIntegration = true }, TestContext.Current.CancellationToken);
        _client = _host.Client(integrationId: Demo);
        var integration = _host.Grains.GetGrain<IIntegrationGrain>(Demo);

        var summary = await IntegrationSyncs.FirstFinishedAsync(integration);

        Assert.Equal(SyncState.Succeeded, summary.State);
    }

    public async Task<IReadOnlyList<JsonElement>> ListAllAsync(AtsEndpoint endpoint, Dictionary<string, string[]>? filters = null)
    {
        var query = $"/v1/ats/{AtsEndpoints.Path(endpoint)}?page_size=250"
                    + string.Concat((filters ?? []).Select(f => $"&{f.Key}={AtsFilterContract.QueryValue(f.Value)}"));
        var results = new List<JsonElement>();
        string? next = null;
        do
        {
            var page = await ApiAssert.SuccessAsync(await _client!.GetAsync(next is null ? query : $"{query}&cursor={Uri.EscapeDataString(next)}", TestContext.Current.CancellationToken));
            results.AddRange(page.GetProperty("results").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
