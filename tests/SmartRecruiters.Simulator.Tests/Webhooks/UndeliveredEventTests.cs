namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Net;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// Absence is shown with barriers: an event that must arrive later is awaited, and since the
/// dispatcher sends in the order events happened, anything wrongly sent earlier would have come first.
/// </summary>
public sealed class UndeliveredEventTests
{
    [Fact]
    public async Task events_a_subscription_does_not_ask_for_are_not_delivered_to_it()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var statuses = await WebhookReceiver.StartAsync();
        await using var updates = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, statuses, ["application.status.updated"]);
        await Subscriptions.CreateActiveAsync(sim, updates, ["candidate.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await PatchPhoneAsync(sim, candidateId, "+48 600 100 100");
        Assert.Equal("candidate.updated", (await updates.NextDeliveryAsync()).Header("event-name"));

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        Assert.Equal("application.status.updated", (await statuses.NextDeliveryAsync()).Header("event-name"));

        await PatchPhoneAsync(sim, candidateId, "+48 600 200 200");
        Assert.Equal("candidate.updated", (await updates.NextDeliveryAsync()).Header("event-name"));
        Assert.Empty(statuses.DrainDeliveries());
    }

    [Fact]
    public async Task an_inactive_subscription_receives_nothing()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var active = await WebhookReceiver.StartAsync();
        await using var inactive = await WebhookReceiver.StartAsync();
        var activeId = await Subscriptions.CreateActiveAsync(sim, active, ["application.status.updated"]);
        var inactiveId = await Subscriptions.CreateAsync(sim, inactive.CallbackUrl, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        await active.NextDeliveryAsync();
        await Subscriptions.CallbacksLogWithAsync(sim, activeId, 1);

        Assert.Empty(inactive.DrainDeliveries());
        Assert.Empty(await Subscriptions.CallbacksLogAsync(sim, inactiveId));
    }

    [Fact]
    public async Task a_deleted_subscription_receives_nothing_more()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var kept = await WebhookReceiver.StartAsync();
        await using var deleted = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, kept, ["application.status.updated"]);
        var deletedId = await Subscriptions.CreateActiveAsync(sim, deleted, ["application.status.updated"]);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        using var delete = await sim.Http.DeleteAsync($"{Subscriptions.Path}/{deletedId}", TestContext.Current.CancellationToken);
        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        await kept.NextDeliveryAsync();
        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        await kept.NextDeliveryAsync();

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(deleted.DrainDeliveries());
    }

    private static async Task PatchPhoneAsync(Simulator sim, string candidateId, string phoneNumber)
    {
        using var response = await sim.ControlAsync(HttpMethod.Patch, $"{ControlCalls.Account(sim)}/candidates/{candidateId}", new { phoneNumber });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
