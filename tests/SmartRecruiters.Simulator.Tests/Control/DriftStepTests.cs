namespace SmartRecruiters.Simulator.Tests.Control;

using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SmartRecruiters.Simulator.Control;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Drift's changes, one <see cref="DriftService.Step"/> at a time with a seeded random, read back through the API.</summary>
public sealed partial class DriftStepTests
{
    [Fact]
    public async Task drift_steps_are_visible_through_updated_after_audit_events_and_interviews()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var drift = sim.Host.Services.GetRequiredService<DriftService>();
        var account = sim.Host.Accounts.Accounts[0];
        sim.Time!.Advance(TimeSpan.FromMinutes(1));
        var before = sim.Time.GetUtcNow().AddSeconds(-1);
        var random = new Random(20260601);

        var steps = Enumerable.Range(0, 120).Select(_ => drift.Step(account, random)).ToList();
        var changed = (await ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(before)}"))
            .Select(c => c["id"]!.GetValue<string>()).ToHashSet();
        var statusAudits = await AllAuditEventsAsync(sim, "JOB_APPLICATION_STATE_MODIFIED");

        var phones = Ids(steps, PhoneStep());
        var tags = Ids(steps, TagStep());
        var created = Ids(steps, NewCandidateStep());
        var statuses = Ids(steps, StatusStep());
        var interviews = Ids(steps, InterviewStep());
        Assert.NotEmpty(phones);
        Assert.NotEmpty(tags);
        Assert.NotEmpty(created);
        Assert.NotEmpty(statuses);
        Assert.NotEmpty(interviews);

        // Personal data, tags and new candidates move updatedOn; status changes and interviews do not (by default).
        var touched = phones.Concat(tags).Concat(created).ToHashSet();
        Assert.Subset(touched, changed);
        foreach (var id in touched.Except(changed))
        {
            var candidate = await sim.GetJsonAsync($"/candidates/{id}");
            Assert.True(candidate["primaryAssignment"] is null, $"{id} was changed by drift but is not listed as updated: {candidate.ToJsonString()}");
        }
        Assert.Equal(statuses.Count, statusAudits.Count);
        Assert.Equal(statuses.Order(StringComparer.Ordinal), statusAudits.Order(StringComparer.Ordinal));
        foreach (var id in tags.Distinct())
        {
            var candidateTags = (await sim.GetJsonAsync($"/candidates/{id}/tags"))["tags"]!.AsArray().Select(t => t!.GetValue<string>());
            Assert.Contains(candidateTags, t => t.StartsWith("drift-", StringComparison.Ordinal));
        }

        foreach (var applicationId in interviews.Distinct())
        {
            var listed = (await sim.GetJsonAsync($"/interviews-api/v201904/interviews?applicationId={applicationId}"))["content"]!.AsArray();
            var drifted = listed.Where(i => i!["timeslots"]![0]!["title"]?.GetValue<string>() == "Drift interview").ToList();
            Assert.NotEmpty(drifted);
            Assert.All(drifted, i => Assert.Equal(sim.Time.GetUtcNow(), i!["createdOn"]!.GetValue<DateTimeOffset>()));
            Assert.All(drifted, i => Assert.InRange(i!["timeslots"]![0]!["startsOn"]!.GetValue<DateTimeOffset>(), sim.Time.GetUtcNow(), sim.Time.GetUtcNow().AddDays(30)));
        }
    }

    [Fact]
    public async Task the_same_seed_drifts_two_identical_accounts_identically()
    {
        await using var first = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var second = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        var a = Run(first);
        var b = Run(second);

        Assert.Equal(a.Select(Normalize), b.Select(Normalize));

        static List<string> Run(Simulator sim)
        {
            var drift = sim.Host.Services.GetRequiredService<DriftService>();
            var random = new Random(7);
            return Enumerable.Range(0, 40).Select(_ => drift.Step(sim.Host.Accounts.Accounts[0], random)).ToList();
        }

        // Applications and interviews created at run time carry fresh GUIDs.
        static string Normalize(string step) => Guids().Replace(step, "<guid>");
    }

    private static async Task<List<string>> AllAuditEventsAsync(Simulator sim, string eventName)
    {
        var ids = new List<string>();
        var pageId = "";
        do
        {
            var page = await sim.GetJsonAsync($"/audit-api/v201910/audit-events?limit=100&eventName={eventName}{(pageId.Length > 0 ? "&nextPageId=" + Uri.EscapeDataString(pageId) : "")}");
            ids.AddRange(page["content"]!.AsArray().Select(e => e!["entityId"]!.GetValue<string>()));
            pageId = page["nextPageId"]?.GetValue<string>() ?? "";
        }
        while (pageId.Length > 0);

        return ids;
    }

    private static List<string> Ids(IEnumerable<string> steps, Regex pattern) =>
        steps.Select(s => pattern.Match(s)).Where(m => m.Success).Select(m => m.Groups["id"].Value).ToList();

    [GeneratedRegex(@"^phone of (?<id>\S+)$")]
    private static partial Regex PhoneStep();

    [GeneratedRegex(@"^tag on (?<id>\S+)$")]
    private static partial Regex TagStep();

    [GeneratedRegex(@"^new candidate (?<id>\S+)$")]
    private static partial Regex NewCandidateStep();

    [GeneratedRegex(@"^status of (?<id>\S+) to \S+$")]
    private static partial Regex StatusStep();

    [GeneratedRegex(@"^interview on (?<id>\S+)$")]
    private static partial Regex InterviewStep();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();
}
