namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidateCreationTests
{
    [Fact]
    public async Task a_candidate_created_on_a_job_is_listed_as_updated_and_readable_with_a_new_application()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var before = ControlCalls.Now(sim).AddSeconds(-1);
        sim.Time!.Advance(TimeSpan.FromMinutes(5));

        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId, "Lovelace", ["java"]);
        var changed = await ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(before)}");
        var details = await sim.GetJsonAsync($"/candidates/{candidateId}");
        var application = await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");
        var history = await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history");

        Assert.Equal([candidateId], changed.Select(c => c["id"]!.GetValue<string>()));
        Assert.Equal("Ada", details["firstName"]!.GetValue<string>());
        Assert.Equal("Lovelace", details["lastName"]!.GetValue<string>());
        Assert.Equal("ada.lovelace@control.example.org", details["email"]!.GetValue<string>());
        Assert.Equal(["java"], details["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(sim.Time.GetUtcNow(), details["createdOn"]!.GetValue<DateTimeOffset>());
        Assert.Equal(sim.Time.GetUtcNow(), details["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.Equal(jobId, details["primaryAssignment"]!["job"]!["id"]!.GetValue<string>());
        Assert.Equal("NEW", details["primaryAssignment"]!["status"]!.GetValue<string>());

        Assert.Equal(applicationId, application["applicationId"]!.GetValue<string>());
        Assert.Equal("NEW", application["status"]!.GetValue<string>());
        var entry = Assert.Single(history["content"]!.AsArray())!;
        Assert.Equal("NEW", entry["status"]!.GetValue<string>());
        Assert.Equal(sim.Time.GetUtcNow(), entry["changedOn"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task creating_a_candidate_records_a_job_application_created_audit_event()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);

        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var audit = await ControlCalls.AuditEventsAsync(sim, "JOB_APPLICATION_CREATED");

        var created = Assert.Single(audit)!;
        Assert.Equal(applicationId, created["entityId"]!.GetValue<string>());
        Assert.Equal(candidateId, created["context"]!["candidateId"]!.GetValue<string>());
        Assert.Equal(jobId, created["context"]!["jobId"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_candidate_on_an_unknown_job_is_refused()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/candidates",
            new { jobId = "no-such-job", firstName = "Ada", lastName = "Lovelace", email = "ada@example.org" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JOB_NOT_FOUND", await ControlCalls.ErrorCodeAsync(response));
    }
}
