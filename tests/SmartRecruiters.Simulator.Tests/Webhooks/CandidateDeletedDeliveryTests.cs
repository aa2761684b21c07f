namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateDeletedDeliveryTests
{
    [Fact]
    public async Task candidate_deleted_carries_the_id_and_no_link_and_is_signed_over_an_empty_link()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await Subscriptions.CreateActiveAsync(sim, receiver, ["candidate.deleted"]);
        var secret = await Subscriptions.CreateSecretKeyAsync(sim, subscription);
        var (candidateId, _) = await sim.FirstCandidateAsync();

        using var delete = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/candidates/{candidateId}");
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal("candidate.deleted", delivery.Header("event-name"));
        Assert.Null(delivery.Header("Link"));
        var payload = JsonNode.Parse(delivery.Body)!.AsObject();
        Assert.Equal(candidateId, Assert.Single(payload).Value!.GetValue<string>());
        Assert.Equal("id", payload.Single().Key);

        var timestamp = delivery.Header("smartrecruiters-timestamp")!;
        Assert.Equal(sim.Time!.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        var signed = $"{timestamp}.{delivery.Body}.{delivery.Header("event-id")}.candidate.deleted.v201910.";
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signed)));
        Assert.Equal(expected, delivery.Header("smartrecruiters-signature"));
    }
}
