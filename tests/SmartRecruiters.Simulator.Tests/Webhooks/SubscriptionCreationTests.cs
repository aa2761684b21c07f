namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class SubscriptionCreationTests
{
    [Fact]
    public async Task a_new_subscription_is_created_inactive_and_echoes_its_callback_and_events()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await Subscriptions.PostAsync(sim, new
        {
            callbackUrl = "https://hooks.example.com/sr",
            events = new[] { "application.created", "candidate.updated" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await Simulator.JsonAsync(response);
        Assert.False(string.IsNullOrEmpty(json["id"]?.GetValue<string>()));
        Assert.Equal("https://hooks.example.com/sr", json["callbackUrl"]!.GetValue<string>());
        Assert.Equal(["application.created", "candidate.updated"], json["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("inactive", json["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("http://hooks.example.com/sr")]
    [InlineData("/relative/hook")]
    [InlineData("ftp://hooks.example.com/sr")]
    [InlineData("not a url")]
    public async Task a_callback_url_that_is_not_https_nor_loopback_http_is_unprocessable(string callbackUrl)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await Subscriptions.PostAsync(sim, new { callbackUrl, events = new[] { "candidate.created" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty((await sim.GetJsonAsync(Subscriptions.Path)).AsArray());
    }

    [Fact]
    public async Task a_plain_http_callback_on_loopback_is_accepted()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await Subscriptions.PostAsync(sim, new { callbackUrl = "http://127.0.0.1:9/hook", events = new[] { "candidate.created" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("candidate.exploded")]
    [InlineData("candidate.created,candidate.created")]
    [InlineData("")]
    public async Task unknown_repeated_or_missing_events_are_unprocessable(string names)
    {
        var events = names.Split(',', StringSplitOptions.RemoveEmptyEntries);
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await Subscriptions.PostAsync(sim, new { callbackUrl = "https://hooks.example.com/sr", events });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty((await sim.GetJsonAsync(Subscriptions.Path)).AsArray());
    }

    [Fact]
    public async Task the_twenty_first_subscription_is_refused_with_subscriptions_limit_exceeded()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        for (var i = 0; i < 20; i++)
        {
            await Subscriptions.CreateAsync(sim, $"https://hooks.example.com/{i}", ["candidate.created"]);
        }

        using var response = await Subscriptions.PostAsync(sim, new { callbackUrl = "https://hooks.example.com/21", events = new[] { "candidate.created" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("SUBSCRIPTIONS_LIMIT_EXCEEDED", (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }
}
