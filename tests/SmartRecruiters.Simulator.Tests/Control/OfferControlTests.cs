namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class OfferControlTests
{
    [Fact]
    public async Task an_added_offer_that_is_accepted_is_listed_as_accepted_with_an_offer_accepted_audit_event()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, _) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var offers = $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/offers";

        using var added = await sim.ControlAsync(HttpMethod.Post, offers, new { properties = new { salary = "100000" } });
        var offerId = (await Simulator.JsonAsync(added))["id"]!.GetValue<string>();
        var beforeAcceptance = (await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/offers"))["content"]!.AsArray();
        sim.Time!.Advance(TimeSpan.FromHours(1));
        using var accepted = await sim.ControlAsync(HttpMethod.Put, $"{offers}/{offerId}/status", new { status = "ACCEPTED" });
        var listed = (await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/offers"))["content"]!.AsArray();
        var audit = Assert.Single(await ControlCalls.AuditEventsAsync(sim, "OFFER_ACCEPTED"))!;

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("CREATED", Assert.Single(beforeAcceptance)!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var offer = Assert.Single(listed)!;
        Assert.Equal(offerId, offer["id"]!.GetValue<string>());
        Assert.Equal("ACCEPTED", offer["status"]!.GetValue<string>());
        Assert.Equal("100000", offer["properties"]!["salary"]!.GetValue<string>());
        Assert.Equal(sim.Time.GetUtcNow(), offer["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.Equal(offerId, audit["entityId"]!.GetValue<string>());
        Assert.Equal("OFFER", audit["entityType"]!.GetValue<string>());
    }

    [Fact]
    public async Task changing_an_unknown_offer_is_not_found()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();

        using var response = await sim.ControlAsync(HttpMethod.Put,
            $"{ControlCalls.Account(sim)}/candidates/{candidateId}/jobs/{jobId}/offers/{Guid.NewGuid()}/status", new { status = "ACCEPTED" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("OFFER_NOT_FOUND", await ControlCalls.ErrorCodeAsync(response));
    }
}
