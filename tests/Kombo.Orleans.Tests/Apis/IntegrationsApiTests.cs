namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using System.Net.Http.Json;
using Kombo.Orleans.Testing.Api;

public sealed class IntegrationsApiTests
{
    private const string Secret = "sr-very-secret-credential";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_integration_is_created_read_paused_and_deleted_without_ever_showing_its_credentials()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var upstream = new SilentUpstream();
        var client = host.Client();
        var bodies = new List<string>();

        var created = await client.PostAsJsonAsync("/v1/integrations", new
        {
            tool = "smartrecruiters",
            credentials = new { client_id = "client-1", client_secret = Secret },
            base_url = upstream.BaseUrl.AbsoluteUri,
            company_identifier = "acme",
            scope_config = new { disabled_models = new[] { "ats_offers" }, disabled_fields = new Dictionary<string, string[]> { ["ats_candidates"] = ["phone_numbers"] } },
        }, Ct);
        bodies.Add(await created.Content.ReadAsStringAsync(Ct));
        var data = await ApiAssert.SuccessAsync(created);
        var id = data.GetProperty("id").GetString()!;

        var read = await client.GetAsync($"/v1/integrations/{id}", Ct);
        bodies.Add(await read.Content.ReadAsStringAsync(Ct));
        var info = await ApiAssert.SuccessAsync(read);
        var paused = await client.PutAsJsonAsync($"/v1/integrations/{id}/enabled", new { value = false }, Ct);
        bodies.Add(await paused.Content.ReadAsStringAsync(Ct));
        var list = await client.GetAsync("/v1/integrations", Ct);
        bodies.Add(await list.Content.ReadAsStringAsync(Ct));
        var status = await client.GetAsync($"/v1/integrations/{id}/sync-status", Ct);
        bodies.Add(await status.Content.ReadAsStringAsync(Ct));

        Assert.Matches("^smartrecruiters:[1-9A-HJ-NP-Za-km-z]{22}$", id);
        Assert.Equal("ACTIVE", info.GetProperty("status").GetString());
        Assert.Equal("FINAL_SYNC_PENDING", info.GetProperty("setup_status").GetString());
        Assert.Equal("default", info.GetProperty("end_user").GetProperty("origin_id").GetString());
        Assert.Equal("oauth", info.GetProperty("credential_type").GetString());
        var offers = info.GetProperty("read_models").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ats_offers");
        Assert.Equal("DISABLED", offers.GetProperty("scope_config_setting").GetString());
        var candidates = info.GetProperty("read_models").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ats_candidates");
        Assert.Equal("ENABLED", candidates.GetProperty("scope_config_setting").GetString());
        Assert.Equal("DISABLED", candidates.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "phone_numbers").GetProperty("scope_config_setting").GetString());
        Assert.Equal("INACTIVE", (await ApiAssert.SuccessAsync(paused)).GetProperty("status").GetString());
        Assert.Contains(id, bodies[3]);
        Assert.Equal(id, (await ApiAssert.SuccessAsync(status)).GetProperty("integration_id").GetString());
        Assert.All(bodies, body => Assert.DoesNotContain(Secret, body));
        Assert.All(bodies, body => Assert.DoesNotContain("client-1", body));

        await ApiAssert.SuccessAsync(await client.DeleteAsync($"/v1/integrations/{id}", Ct));
        await ApiAssert.ErrorAsync(await client.GetAsync($"/v1/integrations/{id}", Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        Assert.DoesNotContain(id, await client.GetStringAsync("/v1/integrations", Ct));
    }

    [Fact]
    public async Task Base_urls_outside_the_allowlist_are_refused_and_create_nothing()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var client = host.Client();

        var refused = await client.PostAsJsonAsync("/v1/integrations", new
        {
            tool = "smartrecruiters",
            credentials = new { api_key = "k" },
            base_url = "https://internal.example.com/",
        }, Ct);

        var error = await ApiAssert.ErrorAsync(refused, HttpStatusCode.BadRequest, "PLATFORM.INPUT_INVALID");
        Assert.Contains("base_url", error.GetProperty("message").GetString());
        Assert.Contains("Kombo:Api:AllowedBaseUrls", error.GetProperty("message").GetString());
        Assert.Equal(0, (await ApiAssert.SuccessAsync(await client.GetAsync("/v1/integrations", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task Paused_integrations_refuse_force_sync_as_inactive()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var upstream = new SilentUpstream();
        var id = await host.CreateIntegrationAsync(host.Client(), upstream.BaseUrl);
        var client = host.Client(integrationId: id);

        await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{id}/enabled", new { value = false }, Ct));

        await ApiAssert.ErrorAsync(await client.PostAsJsonAsync("/v1/force-sync", new { type = "DELTA" }, Ct), HttpStatusCode.Forbidden, "INTEGRATION.INACTIVE");
        Assert.Equal("ACTIVE", (await ApiAssert.SuccessAsync(await client.PutAsJsonAsync($"/v1/integrations/{id}/enabled", new { value = true }, Ct))).GetProperty("status").GetString());
    }
}
