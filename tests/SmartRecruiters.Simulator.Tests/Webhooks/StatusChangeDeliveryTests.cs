namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class StatusChangeDeliveryTests
{
    [Fact]
    public async Task a_status_change_reaches_a_subscriber_with_id_only_payload_link_and_a_verifiable_signature()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var secret = await Subscriptions.CreateSecretKeyAsync(sim, subscription);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        var applicationId = (await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}"))["applicationId"]!.GetValue<string>();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Equal("application.status.updated", delivery.Header("event-name"));
        Assert.Equal("v201910", delivery.Header("event-version"));
        Assert.True(Guid.TryParse(delivery.Header("event-id"), out _), $"event-id {delivery.Header("event-id")}");
        Assert.StartsWith("application/json", delivery.Header("Content-Type"));

        var payload = JsonNode.Parse(delivery.Body)!.AsObject();
        Assert.Equal(["application_id", "candidate_id", "job_id"], payload.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(jobId, payload["job_id"]!.GetValue<string>());
        Assert.Equal(candidateId, payload["candidate_id"]!.GetValue<string>());
        Assert.Equal(applicationId, payload["application_id"]!.GetValue<string>());

        var link = delivery.Header("Link");
        Assert.Equal($"<{sim.Host.BaseAddress.ToString().TrimEnd('/')}/candidates/{candidateId}/jobs/{jobId}>; rel=self", link);

        var timestamp = delivery.Header("smartrecruiters-timestamp")!;
        Assert.Equal(sim.Time!.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        var signed = string.Join('.', timestamp, delivery.Body, delivery.Header("event-id"), "application.status.updated", "v201910", link);
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signed)));
        Assert.Equal(expected, delivery.Header("smartrecruiters-signature"));
    }

    [Fact]
    public async Task the_link_of_a_delivery_can_be_followed_to_the_changed_application()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var link = (await receiver.NextDeliveryAsync()).Header("Link")!;
        var application = await sim.GetJsonAsync(link[1..link.IndexOf('>')]);

        Assert.Equal("REJECTED", application["status"]!.GetValue<string>());
        Assert.Equal(candidateId, application["candidateId"]!.GetValue<string>());
    }

    [Fact]
    public async Task without_a_secret_key_deliveries_carry_no_signature()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();

        Assert.Null(delivery.Header("smartrecruiters-signature"));
        Assert.Null(delivery.Header("smartrecruiters-timestamp"));
    }
}
