namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class SubscriptionActivationTests
{
    [Fact]
    public async Task a_receiver_that_echoes_the_hook_secret_activates_the_subscription()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        var id = await Subscriptions.CreateAsync(sim, receiver.CallbackUrl, ["candidate.created"]);

        using var activation = await Subscriptions.ActivateAsync(sim, id);
        var handshake = await receiver.NextHandshakeAsync();

        Assert.Equal(HttpStatusCode.NoContent, activation.StatusCode);
        Assert.False(string.IsNullOrEmpty(handshake.Header("X-Hook-Secret")));
        Assert.Equal("active", (await sim.GetJsonAsync($"{Subscriptions.Path}/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_receiver_that_does_not_echo_the_hook_secret_fails_activation_and_the_subscription_stays_inactive()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync(r => r.EchoHandshake = false);
        var id = await Subscriptions.CreateAsync(sim, receiver.CallbackUrl, ["candidate.created"]);

        using var activation = await Subscriptions.ActivateAsync(sim, id);
        await receiver.NextHandshakeAsync();

        Assert.Equal(HttpStatusCode.FailedDependency, activation.StatusCode);
        Assert.Equal("inactive", (await sim.GetJsonAsync($"{Subscriptions.Path}/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_unreachable_receiver_fails_activation()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        string callbackUrl;
        await using (var gone = await WebhookReceiver.StartAsync())
        {
            callbackUrl = gone.CallbackUrl;
        }

        var id = await Subscriptions.CreateAsync(sim, callbackUrl, ["candidate.created"]);

        using var activation = await Subscriptions.ActivateAsync(sim, id);

        Assert.Equal(HttpStatusCode.FailedDependency, activation.StatusCode);
        Assert.Equal("inactive", (await sim.GetJsonAsync($"{Subscriptions.Path}/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task activating_an_active_subscription_again_is_a_conflict()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        var id = await Subscriptions.CreateActiveAsync(sim, receiver, ["candidate.created"]);

        using var again = await Subscriptions.ActivateAsync(sim, id);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("active", (await sim.GetJsonAsync($"{Subscriptions.Path}/{id}"))["status"]!.GetValue<string>());
    }
}
