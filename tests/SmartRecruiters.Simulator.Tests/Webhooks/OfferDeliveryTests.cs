namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class OfferDeliveryTests
{
    [Fact]
    public async Task adding_and_accepting_an_offer_raise_offer_created_then_offer_updated_with_the_offer_link()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["offer.created", "offer.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        var offers = $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/offers";
        var baseUrl = sim.Host.BaseAddress.ToString().TrimEnd('/');

        using var added = await sim.ControlAsync(HttpMethod.Post, offers);
        var offerId = (await Simulator.JsonAsync(added))["id"]!.GetValue<string>();
        var created = await receiver.NextDeliveryAsync();
        using var accepted = await sim.ControlAsync(HttpMethod.Put, $"{offers}/{offerId}/status", new { status = "ACCEPTED" });
        var updated = await receiver.NextDeliveryAsync();

        Assert.Equal("offer.created", created.Header("event-name"));
        Assert.Equal("offer.updated", updated.Header("event-name"));
        foreach (var delivery in new[] { created, updated })
        {
            var payload = JsonNode.Parse(delivery.Body)!;
            Assert.Equal(jobId, payload["job_id"]!.GetValue<string>());
            Assert.Equal(candidateId, payload["candidate_id"]!.GetValue<string>());
            Assert.Equal(offerId, payload["offer_id"]!.GetValue<string>());
            Assert.Equal($"<{baseUrl}/candidates/{candidateId}/jobs/{jobId}/offers/{offerId}>; rel=self", delivery.Header("Link"));
        }
    }
}
