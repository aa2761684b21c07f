namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class ApplicationStatusChangeTests
{
    [Fact]
    public async Task a_status_change_appends_history_and_records_an_audit_event_with_previous_and_current_status()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, applicationId) = await ControlCalls.CreateCandidateAsync(sim, jobId);
        var subStatus = await ActiveSubStatusAsync(sim, "IN_REVIEW");
        sim.Time!.Advance(TimeSpan.FromMinutes(10));

        using var response = await ControlCalls.ChangeStatusAsync(sim, candidateId, jobId, new { status = "IN_REVIEW", subStatus });
        var history = (await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history"))["content"]!.AsArray();
        var application = await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");
        var audit = Assert.Single(await ControlCalls.AuditEventsAsync(sim, "JOB_APPLICATION_STATE_MODIFIED"))!;

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["NEW", "IN_REVIEW"], history.Select(h => h!["status"]!.GetValue<string>()));
        Assert.Equal(subStatus, history[^1]!["subStatus"]!.GetValue<string>());
        Assert.Equal(sim.Time.GetUtcNow(), history[^1]!["changedOn"]!.GetValue<DateTimeOffset>());
        Assert.Equal("IN_REVIEW", application["status"]!.GetValue<string>());
        Assert.Equal(subStatus, application["subStatus"]!.GetValue<string>());

        Assert.Equal(applicationId, audit["entityId"]!.GetValue<string>());
        Assert.Equal(sim.Time.GetUtcNow(), audit["eventDate"]!.GetValue<DateTimeOffset>());
        Assert.Equal("NEW", audit["context"]!["previousStatus"]!.GetValue<string>());
        Assert.Equal("IN_REVIEW", audit["context"]!["currentStatus"]!.GetValue<string>());
        Assert.Equal(subStatus, audit["context"]!["currentStep"]!.GetValue<string>());
        Assert.Equal(candidateId, audit["context"]!["candidateId"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_rejection_with_a_configured_reason_shows_the_reason_on_the_application()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        var reason = await ControlCalls.FirstRejectionReasonIdAsync(sim);

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var application = await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");

        Assert.Equal("REJECTED", application["status"]!.GetValue<string>());
        Assert.Equal(reason, application["reasonOfRejection"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task by_default_a_status_change_does_not_move_the_candidates_updated_on()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        var before = (await sim.GetJsonAsync($"/candidates/{candidateId}"))["updatedOn"]!.GetValue<DateTimeOffset>();
        var changeTime = sim.Time!.GetUtcNow().AddMinutes(1);
        sim.Time.Advance(TimeSpan.FromMinutes(1));

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var after = await sim.GetJsonAsync($"/candidates/{candidateId}");
        var changed = await ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(changeTime.AddSeconds(-1))}");

        Assert.Equal(before, after["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain(changed, c => c["id"]!.GetValue<string>() == candidateId);
    }

    [Fact]
    public async Task with_status_change_moves_candidate_updated_on_a_status_change_moves_it()
    {
        await using var sim = await Simulator.StartAsync(o =>
        {
            o.RateLimits.Enabled = false;
            o.Behaviour.StatusChangeMovesCandidateUpdatedOn = true;
        });
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        sim.Time!.Advance(TimeSpan.FromMinutes(1));
        var changeTime = sim.Time.GetUtcNow();

        await ControlCalls.RejectAsync(sim, candidateId, jobId);
        var after = await sim.GetJsonAsync($"/candidates/{candidateId}");
        var changed = await ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(changeTime.AddSeconds(-1))}");

        Assert.Equal(changeTime, after["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.Contains(changed, c => c["id"]!.GetValue<string>() == candidateId);
    }

    [Theory]
    [InlineData("PROMOTED", null, null, "INVALID_STATUS")]
    [InlineData("IN_REVIEW", "No such step", null, "SUB_STATUS_NOT_FOUND")]
    [InlineData("HIRED", "Any step", null, "NO_SUB_STATUS_SUPPORT_FOR_STATUS")]
    [InlineData("NEW", null, "some-reason", "NO_REASON_SUPPORT_FOR_STATUS")]
    [InlineData("REJECTED", null, "no-such-reason", "REASON_NOT_FOUND")]
    public async Task an_invalid_status_change_is_refused_and_changes_nothing(string status, string? subStatus, string? reason, string code)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, _) = await ControlCalls.CreateCandidateAsync(sim, jobId);

        using var response = await ControlCalls.ChangeStatusAsync(sim, candidateId, jobId, new { status, subStatus, reason });
        var application = await sim.GetJsonAsync($"/candidates/{candidateId}/jobs/{jobId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await ControlCalls.ErrorCodeAsync(response));
        Assert.Equal("NEW", application["status"]!.GetValue<string>());
        Assert.Empty(await ControlCalls.AuditEventsAsync(sim, "JOB_APPLICATION_STATE_MODIFIED"));
    }

    /// <summary>A sub-status of <paramref name="status"/> in an active hiring process, read from the configuration API.</summary>
    internal static async Task<string> ActiveSubStatusAsync(Simulator sim, string status)
    {
        var processes = (await sim.GetJsonAsync("/configuration/hiring-processes"))["content"]!.AsArray();
        return processes.Where(p => p!["active"]!.GetValue<bool>())
            .SelectMany(p => p!["subStatuses"]![status]!.AsArray())
            .Select(s => s!.GetValue<string>())
            .First();
    }
}
