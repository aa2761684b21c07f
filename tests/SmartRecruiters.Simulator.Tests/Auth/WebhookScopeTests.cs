namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using System.Net.Http.Json;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>The webhooks API accepts <c>webhooks_manage</c> in place of each of its read, write and delete scopes.</summary>
public sealed class WebhookScopeTests : IAsyncLifetime
{
    private const string Subscriptions = "/webhooks-api/v201907/subscriptions";

    private Simulator _sim = null!;

    public async ValueTask InitializeAsync() => _sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [InlineData("webhooks_read")]
    [InlineData("webhooks_manage")]
    public async Task Listing_subscriptions_is_allowed_with(string scope)
    {
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync([scope]));

        using var response = await client.GetAsync(Subscriptions, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Listing_subscriptions_without_a_webhooks_scope_is_403()
    {
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["webhooks_write", "webhooks_delete"]));

        using var response = await client.GetAsync(Subscriptions, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Theory]
    [InlineData("webhooks_write")]
    [InlineData("webhooks_manage")]
    public async Task Creating_a_subscription_is_allowed_with(string scope)
    {
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync([scope]));

        using var response = await CreateSubscriptionAsync(client);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Creating_a_subscription_with_only_webhooks_read_is_403_NO_PERMISSION_TO_MANAGE_WEBHOOKS()
    {
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["webhooks_read"]));

        using var response = await CreateSubscriptionAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("NO_PERMISSION_TO_MANAGE_WEBHOOKS", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Webhooks_manage_alone_reads_and_deletes_a_subscription()
    {
        using var client = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["webhooks_manage"]));
        using var created = await CreateSubscriptionAsync(client);
        var id = (await Simulator.JsonAsync(created))["id"]!.GetValue<string>();

        using var read = await client.GetAsync($"{Subscriptions}/{id}", TestContext.Current.CancellationToken);
        using var deleted = await client.DeleteAsync($"{Subscriptions}/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.True(deleted.IsSuccessStatusCode, $"DELETE answered {(int)deleted.StatusCode}");
    }

    [Fact]
    public async Task Deleting_a_subscription_with_only_webhooks_read_is_403()
    {
        using var manager = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["webhooks_manage"]));
        using var created = await CreateSubscriptionAsync(manager);
        var id = (await Simulator.JsonAsync(created))["id"]!.GetValue<string>();
        using var reader = _sim.ClientWithKey(await _sim.CreateApiKeyAsync(["webhooks_read"]));

        using var response = await reader.DeleteAsync($"{Subscriptions}/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    private static Task<HttpResponseMessage> CreateSubscriptionAsync(HttpClient client) =>
        client.PostAsJsonAsync(Subscriptions, new { callbackUrl = "http://127.0.0.1:9/hooks", events = new[] { "candidate.created" } },
            TestContext.Current.CancellationToken);
}
