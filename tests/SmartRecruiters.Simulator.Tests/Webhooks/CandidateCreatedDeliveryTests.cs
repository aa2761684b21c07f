namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Tests.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateCreatedDeliveryTests
{
    [Fact]
    public async Task a_new_candidate_on_a_job_raises_candidate_created_and_application_created_with_their_links()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var candidates = await WebhookReceiver.StartAsync();
        await using var applications = await WebhookReceiver.StartAsync();
        await Subscriptions.CreateActiveAsync(sim, candidates, ["candidate.created"]);
        await Subscriptions.CreateActiveAsync(sim, applications, ["application.created"]);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var baseUrl = sim.Host.BaseAddress.ToString().TrimEnd('/');

        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var candidateCreated = await candidates.NextDeliveryAsync();
        var applicationCreated = await applications.NextDeliveryAsync();

        Assert.Equal("candidate.created", candidateCreated.Header("event-name"));
        Assert.Equal(candidateId, JsonNode.Parse(candidateCreated.Body)!["id"]!.GetValue<string>());
        Assert.Equal($"<{baseUrl}/candidates/{candidateId}>; rel=self", candidateCreated.Header("Link"));

        Assert.Equal("application.created", applicationCreated.Header("event-name"));
        var payload = JsonNode.Parse(applicationCreated.Body)!;
        Assert.Equal(jobId, payload["job_id"]!.GetValue<string>());
        Assert.Equal(candidateId, payload["candidate_id"]!.GetValue<string>());
        Assert.Equal(applicationId, payload["application_id"]!.GetValue<string>());
        Assert.Equal($"<{baseUrl}/candidates/{candidateId}/jobs/{jobId}>; rel=self", applicationCreated.Header("Link"));
        Assert.NotEqual(candidateCreated.Header("event-id"), applicationCreated.Header("event-id"));
    }
}
