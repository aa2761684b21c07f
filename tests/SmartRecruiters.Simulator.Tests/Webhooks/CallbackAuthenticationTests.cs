namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using System.Text;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CallbackAuthenticationTests
{
    [Fact]
    public async Task header_authentication_arrives_on_every_delivery()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"],
            new { type = "header", headerName = "X-Token", headerValue = "abc" });
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Equal("abc", delivery.Header("X-Token"));
    }

    [Fact]
    public async Task basic_authentication_arrives_as_an_authorization_header()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"],
            new { type = "basic", username = "hook-user", password = "hook-pass" });
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("hook-user:hook-pass")), delivery.Header("Authorization"));
    }

    [Fact]
    public async Task oauth2_authentication_fetches_a_client_credentials_token_and_sends_it_as_bearer()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"],
            new { type = "oauth2", clientId = "hook-client", clientSecret = "hook-secret", tokenServiceUrl = receiver.TokenUrl });
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var tokenRequest = await receiver.NextTokenRequestAsync();
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal("hook-client", tokenRequest["client_id"]);
        Assert.Equal("hook-secret", tokenRequest["client_secret"]);
        Assert.Equal("Bearer " + WebhookReceiver.AccessToken, delivery.Header("Authorization"));
    }

    [Fact]
    public async Task a_header_authentication_whose_name_does_not_start_with_x_is_unprocessable()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await Subscriptions.PostAsync(sim, new
        {
            callbackUrl = "https://hooks.example.com/sr",
            events = new[] { "candidate.created" },
            callbackAuthentication = new { type = "header", headerName = "Authorization", headerValue = "abc" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
