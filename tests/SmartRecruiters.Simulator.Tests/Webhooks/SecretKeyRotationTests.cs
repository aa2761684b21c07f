namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Security.Cryptography;
using System.Text;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class SecretKeyRotationTests
{
    [Fact]
    public async Task deliveries_are_signed_with_the_newest_secret_key()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var oldKey = await Subscriptions.CreateSecretKeyAsync(sim, subscription);
        sim.Time!.Advance(TimeSpan.FromMinutes(1));
        var newKey = await Subscriptions.CreateSecretKeyAsync(sim, subscription);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();

        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(Sign(newKey, delivery), delivery.Header("smartrecruiters-signature"));
        Assert.NotEqual(Sign(oldKey, delivery), delivery.Header("smartrecruiters-signature"));
    }

    private static string Sign(string key, ReceivedRequest delivery)
    {
        var signed = string.Join('.', delivery.Header("smartrecruiters-timestamp"), delivery.Body, delivery.Header("event-id"),
            delivery.Header("event-name"), delivery.Header("event-version"), delivery.Header("Link") ?? "");
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(signed)));
    }
}
