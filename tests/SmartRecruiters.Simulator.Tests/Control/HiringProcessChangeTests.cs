namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class HiringProcessChangeTests
{
    [Fact]
    public async Task a_deactivated_hiring_process_reads_as_inactive()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var processes = (await sim.GetJsonAsync("/configuration/hiring-processes"))["content"]!.AsArray();
        var processId = processes.First(p => p!["active"]!.GetValue<bool>())!["id"]!.GetValue<string>();

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/hiring-processes/{processId}", new { active = false });
        var after = (await sim.GetJsonAsync("/configuration/hiring-processes"))["content"]!.AsArray();
        var one = await sim.GetJsonAsync($"/configuration/hiring-processes/{processId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(after.Single(p => p!["id"]!.GetValue<string>() == processId)!["active"]!.GetValue<bool>());
        Assert.False(one["active"]!.GetValue<bool>());
        Assert.Equal(processes.Count, after.Count);
    }

    [Fact]
    public async Task changed_sub_statuses_are_read_back_and_decide_which_sub_statuses_a_status_change_accepts()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var processes = (await sim.GetJsonAsync("/configuration/hiring-processes"))["content"]!.AsArray();
        foreach (var process in processes.Skip(1))
        {
            using var off = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/hiring-processes/{process!["id"]}", new { active = false });
            Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        }

        var processId = processes[0]!["id"]!.GetValue<string>();
        using var change = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/hiring-processes/{processId}",
            new { active = true, subStatuses = new Dictionary<string, string[]> { ["INTERVIEW"] = ["Panel"] } });
        var read = await sim.GetJsonAsync($"/configuration/hiring-processes/{processId}");
        var (candidateId, jobId) = await sim.FirstCandidateAsync();
        using var oldStep = await ControlCalls.ChangeStatusAsync(sim, candidateId, jobId, new { status = "INTERVIEW", subStatus = "Not a step any more" });
        using var newStep = await ControlCalls.ChangeStatusAsync(sim, candidateId, jobId, new { status = "INTERVIEW", subStatus = "Panel" });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(["Panel"], read["subStatuses"]!["INTERVIEW"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, oldStep.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, newStep.StatusCode);
    }

    [Fact]
    public async Task changing_an_unknown_hiring_process_is_not_found()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/hiring-processes/no-such-process", new { active = false });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
