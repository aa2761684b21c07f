namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Silos;

public sealed class ApiAuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bootstrap_key_authenticates_as_the_default_tenant()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);

        var data = await ApiAssert.SuccessAsync(await host.Client().GetAsync("/v1/check-api-key", Ct));

        Assert.Equal("default", data.GetProperty("tenant_id").GetString());
    }

    [Fact]
    public async Task A_configured_bootstrap_key_replaces_the_default_one()
    {
        var settings = new SiloSettings { Extra = new Dictionary<string, string> { ["Kombo:Bootstrap:ApiKey"] = "my-own-key" } };
        await using var host = await ApiHost.StartAsync(settings, Ct);

        await ApiAssert.SuccessAsync(await host.Client("my-own-key").GetAsync("/v1/check-api-key", Ct));
        await ApiAssert.ErrorAsync(await host.Client("dev-key").GetAsync("/v1/check-api-key", Ct), HttpStatusCode.Unauthorized, "PLATFORM.AUTHENTICATION_INVALID");
    }

    [Fact]
    public async Task Missing_and_wrong_keys_get_the_401_envelope()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);

        await ApiAssert.ErrorAsync(await host.Client(apiKey: null).GetAsync("/v1/check-api-key", Ct), HttpStatusCode.Unauthorized, "PLATFORM.AUTHENTICATION_INVALID");
        await ApiAssert.ErrorAsync(await host.Client("dev-key-2").GetAsync("/v1/check-api-key", Ct), HttpStatusCode.Unauthorized, "PLATFORM.AUTHENTICATION_INVALID");
        await ApiAssert.ErrorAsync(await host.Client("kombo_123456789ABC_nope").GetAsync("/v1/check-api-key", Ct), HttpStatusCode.Unauthorized, "PLATFORM.AUTHENTICATION_INVALID");
    }

    [Fact]
    public async Task An_issued_key_works_and_its_tampered_twin_does_not()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var issued = await host.CreateTenantAsync("acme");

        var data = await ApiAssert.SuccessAsync(await host.Client(issued.Key).GetAsync("/v1/check-api-key", Ct));
        var tampered = issued.Key[..^1] + (issued.Key[^1] == 'a' ? 'b' : 'a');

        Assert.Equal("acme", data.GetProperty("tenant_id").GetString());
        Assert.StartsWith($"kombo_{issued.KeyId}_", issued.Key, StringComparison.Ordinal);
        await ApiAssert.ErrorAsync(await host.Client(tampered).GetAsync("/v1/check-api-key", Ct), HttpStatusCode.Unauthorized, "PLATFORM.AUTHENTICATION_INVALID");
    }

    [Fact]
    public async Task Another_tenants_integration_is_not_found_by_id_or_header()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var upstream = new SilentUpstream();
        var owner = host.Client();
        var id = await host.CreateIntegrationAsync(owner, upstream.BaseUrl);
        var other = await host.CreateTenantAsync("other");
        var stranger = host.Client(other.Key, id);

        await ApiAssert.SuccessAsync(await owner.GetAsync($"/v1/integrations/{id}", Ct));
        await ApiAssert.ErrorAsync(await stranger.GetAsync($"/v1/integrations/{id}", Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        await ApiAssert.ErrorAsync(await stranger.GetAsync($"/v1/integrations/{id}/sync-status", Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        await ApiAssert.ErrorAsync(await stranger.GetAsync("/v1/ats/candidates", Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        await ApiAssert.ErrorAsync(await stranger.PostAsync("/v1/force-sync", null, Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        await ApiAssert.ErrorAsync(await stranger.DeleteAsync($"/v1/integrations/{id}", Ct), HttpStatusCode.NotFound, "PLATFORM.INTEGRATION_NOT_FOUND");
        await ApiAssert.SuccessAsync(await owner.GetAsync($"/v1/integrations/{id}", Ct));
        Assert.Equal(0, (await ApiAssert.SuccessAsync(await stranger.GetAsync("/v1/integrations", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task A_tenant_over_its_rate_limit_gets_429_with_retry_after()
    {
        var settings = new SiloSettings { Extra = new Dictionary<string, string> { ["Kombo:Api:RequestsPerSecond"] = "1" } };
        await using var host = await ApiHost.StartAsync(settings, Ct);
        var client = host.Client();

        // One token, one more per second: of five requests at once, most cannot fit however slow the machine is.
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync("/v1/check-api-key", Ct)));

        var limited = responses.Last(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await ApiAssert.ErrorAsync(limited, HttpStatusCode.TooManyRequests, "PLATFORM.RATE_LIMIT_EXCEEDED");
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
