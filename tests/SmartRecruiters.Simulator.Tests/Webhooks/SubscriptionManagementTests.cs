namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class SubscriptionManagementTests
{
    [Fact]
    public async Task subscriptions_are_listed_as_a_bare_array_and_fetched_by_id()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var first = await Subscriptions.CreateAsync(sim, "https://hooks.example.com/a", ["candidate.created"]);
        var second = await Subscriptions.CreateAsync(sim, "https://hooks.example.com/b", ["offer.created", "offer.updated"]);

        var list = (await sim.GetJsonAsync(Subscriptions.Path)).AsArray();
        var one = await sim.GetJsonAsync($"{Subscriptions.Path}/{second}");

        Assert.Equal([first, second], list.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(second, one["id"]!.GetValue<string>());
        Assert.Equal("https://hooks.example.com/b", one["callbackUrl"]!.GetValue<string>());
        Assert.Equal(["offer.created", "offer.updated"], one["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("inactive", one["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_list_pages_with_limit_and_a_next_link_carrying_page_id()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await Subscriptions.CreateAsync(sim, $"https://hooks.example.com/{i}", ["candidate.created"]));
        }

        using var firstPage = await sim.Http.GetAsync($"{Subscriptions.Path}?limit=2", TestContext.Current.CancellationToken);
        var link = firstPage.Headers.GetValues("Link").Single();
        var next = link[(link.IndexOf('<') + 1)..link.IndexOf('>')];
        using var secondPage = await sim.Http.GetAsync(next, TestContext.Current.CancellationToken);

        Assert.EndsWith("rel=\"next\"", link);
        Assert.Contains("page_id=", next);
        Assert.StartsWith(sim.Host.BaseAddress.ToString().TrimEnd('/'), next);
        Assert.Equal(ids.Take(2), (await Simulator.JsonAsync(firstPage)).AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(ids.Skip(2), (await Simulator.JsonAsync(secondPage)).AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.False(secondPage.Headers.Contains("Link"));
    }

    [Fact]
    public async Task a_deleted_subscription_is_gone_from_get_and_list()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var kept = await Subscriptions.CreateAsync(sim, "https://hooks.example.com/kept", ["candidate.created"]);
        var deleted = await Subscriptions.CreateAsync(sim, "https://hooks.example.com/deleted", ["candidate.created"]);

        using var delete = await sim.Http.DeleteAsync($"{Subscriptions.Path}/{deleted}", TestContext.Current.CancellationToken);
        using var get = await sim.Http.GetAsync($"{Subscriptions.Path}/{deleted}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal([kept], (await sim.GetJsonAsync(Subscriptions.Path)).AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("DELETE", "")]
    [InlineData("PUT", "/activation")]
    [InlineData("POST", "/secret-key")]
    [InlineData("GET", "/secret-key")]
    [InlineData("GET", "/callbacks-log")]
    public async Task an_unknown_subscription_id_is_subscription_not_found(string method, string suffix)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Subscriptions.Path}/{Guid.NewGuid()}{suffix}");
        using var response = await sim.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_NOT_FOUND", (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_secret_key_is_missing_until_created_and_then_read_back()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var id = await Subscriptions.CreateAsync(sim, "https://hooks.example.com/a", ["candidate.created"]);

        using var before = await sim.Http.GetAsync($"{Subscriptions.Path}/{id}/secret-key", TestContext.Current.CancellationToken);
        var created = await Subscriptions.CreateSecretKeyAsync(sim, id);
        var readBack = await sim.GetJsonAsync($"{Subscriptions.Path}/{id}/secret-key");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.False(string.IsNullOrEmpty(created));
        Assert.Equal(created, readBack["secretKey"]!.GetValue<string>());
    }
}
