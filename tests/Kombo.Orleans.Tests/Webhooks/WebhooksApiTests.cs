namespace Kombo.Orleans.Tests.Webhooks;

using System.Net;
using System.Net.Http.Json;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Tests.Apis;

public sealed class WebhooksApiTests
{
    private const string Secret = "whsec-the-customers-own-secret";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_webhook_is_created_listed_and_deleted_and_its_secret_is_shown_only_when_created()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var client = host.Client();

        var generated = await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url = "https://hooks.example.com/kombo" }, Ct));
        var chosen = await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url = "http://127.0.0.1:9/hook", secret = Secret }, Ct));
        var generatedSecret = generated.GetProperty("secret").GetString()!;
        var chosenId = chosen.GetProperty("id").GetString()!;
        var listText = await client.GetStringAsync("/v1/webhooks", Ct);
        var deliveriesText = await client.GetStringAsync($"/v1/webhooks/{chosenId}/deliveries", Ct);
        var list = await ApiAssert.SuccessAsync(await client.GetAsync("/v1/webhooks", Ct));

        Assert.Equal(Secret, chosen.GetProperty("secret").GetString());
        Assert.True(generatedSecret.Length >= 32, generatedSecret);
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal(["https://hooks.example.com/kombo", "http://127.0.0.1:9/hook"], list.EnumerateArray().Select(w => w.GetProperty("url").GetString()));
        Assert.All(list.EnumerateArray(), w => Assert.False(w.TryGetProperty("secret", out _)));
        Assert.DoesNotContain(Secret, listText);
        Assert.DoesNotContain(generatedSecret, listText);
        Assert.DoesNotContain(Secret, deliveriesText);

        await ApiAssert.SuccessAsync(await client.DeleteAsync($"/v1/webhooks/{chosenId}", Ct));
        await ApiAssert.ErrorAsync(await client.DeleteAsync($"/v1/webhooks/{chosenId}", Ct), HttpStatusCode.NotFound, "PLATFORM.INPUT_INVALID");
        await ApiAssert.ErrorAsync(await client.GetAsync($"/v1/webhooks/{chosenId}/deliveries", Ct), HttpStatusCode.NotFound, "PLATFORM.INPUT_INVALID");
        Assert.Equal(1, (await ApiAssert.SuccessAsync(await client.GetAsync("/v1/webhooks", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task Another_tenant_can_neither_see_nor_read_nor_delete_a_webhook()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var owner = host.Client();
        var other = host.Client((await host.CreateTenantAsync("other-tenant")).Key);
        var created = await ApiAssert.SuccessAsync(await owner.PostAsJsonAsync("/v1/webhooks", new { url = "https://hooks.example.com/a" }, Ct));
        var id = created.GetProperty("id").GetString()!;

        Assert.Equal(0, (await ApiAssert.SuccessAsync(await other.GetAsync("/v1/webhooks", Ct))).GetArrayLength());
        await ApiAssert.ErrorAsync(await other.GetAsync($"/v1/webhooks/{id}/deliveries", Ct), HttpStatusCode.NotFound, "PLATFORM.INPUT_INVALID");
        await ApiAssert.ErrorAsync(await other.DeleteAsync($"/v1/webhooks/{id}", Ct), HttpStatusCode.NotFound, "PLATFORM.INPUT_INVALID");
        Assert.Equal(1, (await ApiAssert.SuccessAsync(await owner.GetAsync("/v1/webhooks", Ct))).GetArrayLength());
    }

    [Theory]
    [InlineData("http://hooks.example.com/kombo", "https")]
    [InlineData("ftp://hooks.example.com/kombo", "absolute http(s)")]
    [InlineData("/relative/hook", "absolute http(s)")]
    [InlineData("https://user:pass@hooks.example.com/", "without credentials")]
    public async Task Webhook_urls_that_are_not_https_or_loopback_http_are_refused_with_a_reason(string url, string reason)
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var client = host.Client();

        var error = await ApiAssert.ErrorAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url }, Ct), HttpStatusCode.BadRequest, "PLATFORM.INPUT_INVALID");

        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Equal(0, (await ApiAssert.SuccessAsync(await client.GetAsync("/v1/webhooks", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task Plain_http_is_accepted_for_hosts_in_allow_http_hosts()
    {
        var settings = new Kombo.Orleans.Testing.Silos.SiloSettings { Extra = new Dictionary<string, string> { ["Kombo:Webhooks:AllowHttpHosts:0"] = "hooks.internal" } };
        await using var host = await ApiHost.StartAsync(settings, Ct);
        var client = host.Client();

        await ApiAssert.SuccessAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url = "http://hooks.internal/kombo" }, Ct));
        var loopback = await ApiAssert.ErrorAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url = "http://127.0.0.1:9/hook" }, Ct), HttpStatusCode.BadRequest, "PLATFORM.INPUT_INVALID");
        Assert.Contains("Kombo:Webhooks:AllowHttpHosts", loopback.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_short_secret_is_refused()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        var client = host.Client();

        var error = await ApiAssert.ErrorAsync(await client.PostAsJsonAsync("/v1/webhooks", new { url = "https://hooks.example.com/", secret = "short" }, Ct), HttpStatusCode.BadRequest, "PLATFORM.INPUT_INVALID");

        Assert.Contains("secret", error.GetProperty("message").GetString());
    }
}
