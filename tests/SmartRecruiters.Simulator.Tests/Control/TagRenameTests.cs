namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class TagRenameTests
{
    [Fact]
    public async Task renaming_a_tag_gives_every_candidate_with_any_spelling_of_it_the_new_name()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var javaBefore = await ControlCalls.ListAllCandidatesAsync(sim, "tag=java");
        var ids = javaBefore.Select(c => c["id"]!.GetValue<string>()).ToHashSet();
        Assert.NotEmpty(ids);
        Assert.Contains(javaBefore, c => c["tags"]!.AsArray().Any(t => t!.GetValue<string>() != "java" && t.GetValue<string>().Equals("java", StringComparison.OrdinalIgnoreCase)));
        var updatedOn = javaBefore.ToDictionary(c => c["id"]!.GetValue<string>(), c => c["updatedOn"]!.GetValue<DateTimeOffset>());

        using var rename = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/tags/rename", new { from = "java", to = "Java SE" });
        var renamed = await ControlCalls.ListAllCandidatesAsync(sim, "tag=Java%20SE");
        var javaAfter = await ControlCalls.ListAllCandidatesAsync(sim, "tag=java");

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal(ids.Order(StringComparer.Ordinal), renamed.Select(c => c["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(renamed, c =>
        {
            var tags = c["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            Assert.Single(tags, t => t == "Java SE");
            Assert.DoesNotContain(tags, t => t.Equals("java", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(updatedOn[c["id"]!.GetValue<string>()], c["updatedOn"]!.GetValue<DateTimeOffset>());
        });
        Assert.Empty(javaAfter);
    }

    [Fact]
    public async Task a_renamed_tag_also_changes_on_candidates_held_in_the_overlay()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var jobId = await ControlCalls.FirstJobIdAsync(sim);
        var (candidateId, _) = await ControlCalls.CreateCandidateAsync(sim, jobId, tags: ["JAVA", "remote"]);

        using var rename = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/tags/rename", new { from = "java", to = "Java SE" });
        var details = await sim.GetJsonAsync($"/candidates/{candidateId}");
        var tags = await sim.GetJsonAsync($"/candidates/{candidateId}/tags");

        Assert.Equal(["Java SE", "remote"], details["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["Java SE", "remote"], tags["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task a_rename_without_from_or_to_is_refused()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Post, $"{ControlCalls.Account(sim)}/tags/rename", new { from = "java" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
