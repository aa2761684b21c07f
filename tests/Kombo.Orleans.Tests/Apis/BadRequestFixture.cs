namespace Kombo.Orleans.Tests.Apis;

using System.Text.Json;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Silos;

/// <summary>One host for the whole bad-request table: an integration (its first sync held open) and a snapshot of what must not change.</summary>
public sealed class BadRequestFixture : IAsyncLifetime
{
    private SilentUpstream? _upstream;

    public ApiHost Host { get; private set; } = null!;

    public string IntegrationId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        // The table sends hundreds of requests in a burst; the per-tenant rate limit is not what it tests.
        Host = await ApiHost.StartAsync(new SiloSettings { Extra = new Dictionary<string, string> { ["Kombo:Api:RequestsPerSecond"] = "0" } });
        _upstream = new SilentUpstream();
        IntegrationId = await Host.CreateIntegrationAsync(Host.Client(), _upstream.BaseUrl);
    }

    /// <summary>The tenant's integrations as the API shows them, and the integration's sync (id, kind, history length).</summary>
    public async Task<string> SnapshotAsync()
    {
        var client = Host.Client();
        var list = await client.GetStringAsync("/v1/integrations");
        var status = JsonDocument.Parse(await client.GetStringAsync($"/v1/integrations/{IntegrationId}/sync-status")).RootElement.GetProperty("data");
        var current = status.GetProperty("current");
        return string.Join('|', list, current.GetProperty("sync_id").GetString(), current.GetProperty("kind").GetString(),
            status.GetProperty("history").GetArrayLength(), status.GetProperty("status").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }
}
