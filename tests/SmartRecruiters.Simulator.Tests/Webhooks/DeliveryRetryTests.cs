namespace SmartRecruiters.Simulator.Tests.Webhooks;

using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class DeliveryRetryTests
{
    [Fact]
    public async Task failed_deliveries_are_retried_with_the_same_event_id_until_the_receiver_accepts()
    {
        await using var sim = await Simulator.StartAsync(o =>
        {
            o.RateLimits.Enabled = false;
            o.Behaviour.WebhookRetryScale = 0.0001;
        }, fakeTime: false);
        await using var receiver = await WebhookReceiver.StartAsync(r => r.FailFirst = 2);
        var subscription = await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        ReceivedRequest[] attempts = [await receiver.NextDeliveryAsync(), await receiver.NextDeliveryAsync(), await receiver.NextDeliveryAsync()];
        var log = await Subscriptions.CallbacksLogWithAsync(sim, subscription, 3);

        Assert.Equal([500, 500, 202], attempts.Select(a => a.AnsweredStatus));
        var eventId = Assert.Single(attempts.Select(a => a.Header("event-id")).Distinct());
        Assert.Single(attempts.Select(a => a.Body).Distinct());

        Assert.Equal(3, log.Count);
        Assert.All(log, e => Assert.Equal(eventId, e!["eventId"]!.GetValue<string>()));
        Assert.All(log, e => Assert.Equal("application.status.updated", e!["eventName"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], log.Select(e => e!["attempt"]!.GetValue<int>()));
        Assert.Equal(["failed", "failed", "successful"], log.Select(e => e!["status"]!.GetValue<string>()));
        Assert.Equal([500, 500, 202], log.Select(e => e!["responseStatus"]!.GetValue<int>()));

        var failedOnly = (await sim.GetJsonAsync($"{Subscriptions.Path}/{subscription}/callbacks-log?callbackStatus=failed")).AsArray();
        Assert.Equal(2, failedOnly.Count);
    }

    [Fact]
    public async Task answering_200_instead_of_202_counts_as_a_failed_attempt()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var receiver = await WebhookReceiver.StartAsync(r => r.SuccessStatus = 200);
        var subscription = await Subscriptions.CreateActiveAsync(sim, receiver, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var delivery = await receiver.NextDeliveryAsync();
        var log = await Subscriptions.CallbacksLogWithAsync(sim, subscription, 1);

        Assert.Equal(200, delivery.AnsweredStatus);
        var entry = Assert.Single(log)!;
        Assert.Equal("failed", entry["status"]!.GetValue<string>());
        Assert.Equal(200, entry["responseStatus"]!.GetValue<int>());
        Assert.Equal(delivery.Header("event-id"), entry["eventId"]!.GetValue<string>());
        Assert.Equal(1, entry["attempt"]!.GetValue<int>());
    }
}
