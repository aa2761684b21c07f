namespace Kombo.Orleans.IntegrationTests.Compatibility;

using Kombo.Orleans.Testing.Engine;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Silos;

/// <summary>
/// Kombo's official TypeScript SDK (<c>@kombo-api/sdk</c>, pinned in <c>tests/kombo-sdk-compat</c>), pointed at our API with
/// <c>server_url</c>, pages through every ATS list endpoint of the synced demo account with its own list methods. The SDK
/// validates each page against Kombo's schemas and follows <c>data.next</c> itself. Needs Node.js 20+ and npm; without
/// them, or when <c>npm ci</c> fails, the test fails (it is never skipped).
/// </summary>
public sealed class KomboSdkCompatibilityTests
{
    private const string Demo = "smartrecruiters:demo";

    // Small enough that the SDK has to follow several cursors on every endpoint the demo fills.
    private const int SdkPageSize = 2;

    private static readonly string[] Endpoints =
    [
        "jobs", "candidates", "applications", "users", "roles", "tags", "application-stages", "interviews", "offers", "rejection-reasons",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kombos_sdk_validates_every_page_of_every_ats_list_endpoint_and_its_pagination_reaches_every_record()
    {
        // The install (a no-op when the cached node_modules matches the lock file) runs while the host syncs.
        var install = KomboSdk.InstallAsync(Ct);
        var settings = new SiloSettings
        {
            DemoIntegration = true,
            // The SDK's default is not to retry a 429; the walk is a burst of small pages.
            Extra = new Dictionary<string, string> { ["Kombo:Api:RequestsPerSecond"] = "0" },
        };
        await using var host = await ApiHost.StartAsync(settings, Ct);
        await WaitForFirstSyncAsync(host);
        var client = host.Client(integrationId: Demo);
        var expected = new Dictionary<string, List<string>>();
        foreach (var endpoint in Endpoints)
        {
            expected[endpoint] = await ListIdsAsync(client, endpoint);
        }

        var sdk = await install;
        var walk = await sdk.WalkAsync(new Uri(host.Silo.BaseAddress, "/v1"), ApiHost.BootstrapKey, Demo, SdkPageSize, withIds: true, Ct);

        var output = $"walk.mjs exited {walk.ExitCode}\nstdout:\n{walk.StandardOutput}\nstderr:\n{walk.StandardError}";
        Assert.True(walk.Summary is not null, $"walk.mjs printed no JSON summary. {output}");
        var summary = walk.Summary.Value;
        Assert.Equal(sdk.PinnedVersion, summary.GetProperty("sdk_version").GetString());
        var endpoints = summary.GetProperty("endpoints");
        var failed = Endpoints.Where(e => endpoints.GetProperty(e).TryGetProperty("error", out _)).ToList();
        Assert.True(failed.Count == 0, $"The SDK rejected {string.Join(", ", failed)}. {output}");
        Assert.True(walk.ExitCode == 0, output);
        foreach (var endpoint in Endpoints)
        {
            var result = endpoints.GetProperty(endpoint);
            var ids = result.GetProperty("ids").EnumerateArray().Select(id => id.GetString()!).ToList();
            Assert.True(
                expected[endpoint].Order(StringComparer.Ordinal).SequenceEqual(ids.Order(StringComparer.Ordinal)),
                $"{endpoint}: the SDK saw {ids.Count} records in {result.GetProperty("pages").GetInt32()} pages, our API lists {expected[endpoint].Count}.");
            Assert.True(result.GetProperty("ids_unique").GetBoolean(), $"{endpoint}: the SDK saw a record twice.");
            TestContext.Current.TestOutputHelper?.WriteLine($"{endpoint}: {ids.Count} records in {result.GetProperty("pages").GetInt32()} pages");
        }

        // The demo fills every endpoint, so every page schema was exercised on real records, and cursors were followed.
        Assert.All(Endpoints, e => Assert.NotEmpty(expected[e]));
        Assert.All(Endpoints.Where(e => expected[e].Count > SdkPageSize), e => Assert.True(endpoints.GetProperty(e).GetProperty("pages").GetInt32() > 1, e));
    }

    [Fact]
    public async Task A_page_that_breaks_kombos_schema_fails_the_sdk_walk_and_names_the_field()
    {
        var sdk = await KomboSdk.InstallAsync(Ct);
        // `name` must be a string or null on every ATS model the SDK reads.
        await using var api = new FixedAnswerApi("""{"status":"success","data":{"next":null,"results":[{"id":"x","name":42}]}}""");

        var walk = await sdk.WalkAsync(api.BaseUrl, "key", "integration", SdkPageSize, withIds: false, Ct);

        Assert.True(walk.ExitCode == 1, $"walk.mjs exited {walk.ExitCode}: {walk.StandardOutput}\n{walk.StandardError}");
        var endpoints = walk.Summary!.Value.GetProperty("endpoints");
        Assert.All(Endpoints, e => Assert.Equal("ResponseValidationError", endpoints.GetProperty(e).GetProperty("error").GetProperty("type").GetString()));
        Assert.Contains("[<root>.Result.data.results.0.name]: Expected string, received number", walk.StandardError, StringComparison.Ordinal);
    }

    /// <summary>Every id our API lists for the endpoint, through plain HTTP with the largest page size.</summary>
    private static async Task<List<string>> ListIdsAsync(HttpClient client, string endpoint)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var path = $"/v1/ats/{endpoint}?page_size=250" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await client.GetAsync(path, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
            var data = JsonDocument.Parse(text).RootElement.GetProperty("data");
            ids.AddRange(data.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            cursor = data.GetProperty("next").GetString();
        }
        while (cursor is not null);

        return ids;
    }

    private static async Task WaitForFirstSyncAsync(ApiHost host)
    {
        // The demo is connected by a hosted service once the host has started, which signals nothing a test can wait on:
        // IntegrationSyncs polls grain state until its first sync is known, then waits on that sync.
        var integration = host.Grains.GetGrain<IIntegrationGrain>(Demo);
        var summary = await IntegrationSyncs.FirstFinishedAsync(integration, TimeSpan.FromSeconds(60));
        Assert.True(summary is { State: SyncState.Succeeded }, $"The demo's first sync {summary.SyncId} ended as {summary.State}.");
    }
}
