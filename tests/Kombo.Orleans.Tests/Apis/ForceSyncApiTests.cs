namespace Kombo.Orleans.Tests.Apis;

using System.Net.Http.Json;
using Kombo.Orleans.Testing.Api;

public sealed class ForceSyncApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Force_sync_while_the_first_sync_runs_is_already_queued_and_sync_status_shows_it()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);

        // The upstream never answers, so the first full sync that connecting queued is still running throughout.
        await using var upstream = new SilentUpstream();
        var id = await host.CreateIntegrationAsync(host.Client(), upstream.BaseUrl);
        var client = host.Client(integrationId: id);

        var full = await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/force-sync", new { type = "FULL" }, Ct));
        var defaulted = await ApiAssert.SuccessAsync(await client.PostAsync("/v1/force-sync", null, Ct));
        var status = await ApiAssert.SuccessAsync(await client.GetAsync($"/v1/integrations/{id}/sync-status", Ct));

        Assert.True(full.GetProperty("already_queued").GetBoolean());
        Assert.Equal("FULL", full.GetProperty("type").GetString());
        Assert.True(defaulted.GetProperty("already_queued").GetBoolean());
        Assert.Equal(full.GetProperty("sync_id").GetString(), defaulted.GetProperty("sync_id").GetString());
        var current = status.GetProperty("current");
        Assert.Equal(full.GetProperty("sync_id").GetString(), current.GetProperty("sync_id").GetString());
        Assert.Contains(current.GetProperty("state").GetString(), new[] { "QUEUED", "RUNNING" });
        Assert.Equal("FINAL_SYNC_PENDING", status.GetProperty("setup_status").GetString());
        Assert.True(status.GetProperty("models").GetArrayLength() > 0);
    }
}
