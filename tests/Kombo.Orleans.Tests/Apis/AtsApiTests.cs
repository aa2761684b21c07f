namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Engine;
using Kombo.Orleans.Testing.Silos;

public sealed class AtsApiTests
{
    private const string Demo = "smartrecruiters:demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_integration_is_read_page_by_page_with_the_bootstrap_key()
    {
        await using var host = await ApiHost.StartAsync(new SiloSettings { DemoIntegration = true }, Ct);
        await WaitForFirstSyncAsync(host);
        var client = host.Client(integrationId: Demo);

        var first = await ApiAssert.SuccessAsync(await client.GetAsync("/v1/ats/candidates?page_size=2", Ct));
        var next = first.GetProperty("next").GetString();
        var second = await ApiAssert.SuccessAsync(await client.GetAsync($"/v1/ats/candidates?page_size=2&cursor={Uri.EscapeDataString(next!)}", Ct));

        var firstIds = first.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var secondIds = second.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, firstIds.Count);
        Assert.Equal(2, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task Filters_reach_the_query_and_a_cursor_of_another_endpoint_is_input_invalid()
    {
        await using var host = await ApiHost.StartAsync(new SiloSettings { DemoIntegration = true }, Ct);
        await WaitForFirstSyncAsync(host);
        var client = host.Client(integrationId: Demo);

        var all = await ApiAssert.SuccessAsync(await client.GetAsync("/v1/ats/jobs?page_size=250", Ct));
        var types = all.GetProperty("results").EnumerateArray().Select(job => job.GetProperty("employment_type").GetString()).ToList();
        var target = types.First(t => EmploymentType.All.Contains(t));
        var filtered = await ApiAssert.SuccessAsync(await client.GetAsync($"/v1/ats/jobs?employment_types={target}&page_size=250", Ct));
        var tagsPage = await ApiAssert.SuccessAsync(await client.GetAsync("/v1/ats/candidates?page_size=1", Ct));

        Assert.Contains(types, t => t != target);
        Assert.All(filtered.GetProperty("results").EnumerateArray(), job => Assert.Equal(target, job.GetProperty("employment_type").GetString()));
        Assert.Equal(types.Count(t => t == target), filtered.GetProperty("results").GetArrayLength());
        var cursor = Uri.EscapeDataString(tagsPage.GetProperty("next").GetString()!);
        await ApiAssert.ErrorAsync(await client.GetAsync($"/v1/ats/jobs?cursor={cursor}", Ct), HttpStatusCode.BadRequest, "PLATFORM.INPUT_INVALID");
    }

    [Fact]
    public async Task A_model_disabled_in_the_scope_config_answers_model_disabled()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var upstream = new SilentUpstream();
        var id = await host.CreateIntegrationAsync(host.Client(), upstream.BaseUrl, new { disabled_models = new[] { "ats_offers" } });
        var client = host.Client(integrationId: id);

        await ApiAssert.ErrorAsync(await client.GetAsync("/v1/ats/offers", Ct), HttpStatusCode.Forbidden, "INTEGRATION.MODEL_DISABLED");
        var jobs = await ApiAssert.SuccessAsync(await client.GetAsync("/v1/ats/jobs", Ct));
        Assert.Equal(0, jobs.GetProperty("results").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, jobs.GetProperty("next").ValueKind);
    }

    private static async Task WaitForFirstSyncAsync(ApiHost host)
    {
        // The demo is connected once the host has started; its first sync is then queued or running.
        var integration = host.Grains.GetGrain<IIntegrationGrain>(Demo);
        var tenant = host.Grains.Grain(TenantIds.Bootstrap);
        var summary = await IntegrationSyncs.FirstFinishedAsync(integration, TimeSpan.FromMinutes(2));
        Assert.Equal(SyncState.Succeeded, summary.State);
        Assert.Contains(Demo, (await tenant.GetInfo())!.IntegrationIds);
    }
}
