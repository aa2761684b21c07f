namespace SmartRecruiters.Simulator.Tests.Generation;

using System.Text.RegularExpressions;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed partial class GeneratorTests
{
    [Fact]
    public async Task The_same_seed_and_sizes_give_the_same_account_byte_for_byte()
    {
        await using var a = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var b = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        await using var other = await Simulator.StartAsync(o => { o.RateLimits.Enabled = false; o.Seed = 8; });

        foreach (var path in new[] { "/candidates?limit=50", "/jobs?sort=job_id&limit=50", "/user-api/v201804/users", "/configuration/hiring-processes" })
        {
            Assert.Equal(Normalise(a, await a.Http.GetStringAsync(path, TestContext.Current.CancellationToken)),
                Normalise(b, await b.Http.GetStringAsync(path, TestContext.Current.CancellationToken)));
        }

        var (candidateId, jobId) = await a.FirstCandidateAsync();
        Assert.Equal(Normalise(a, await a.Http.GetStringAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history", TestContext.Current.CancellationToken)),
            Normalise(b, await b.Http.GetStringAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history", TestContext.Current.CancellationToken)));
        Assert.NotEqual(Normalise(a, await a.Http.GetStringAsync("/candidates?limit=50", TestContext.Current.CancellationToken)),
            Normalise(other, await other.Http.GetStringAsync("/candidates?limit=50", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_generated_account_has_every_quirk_the_mapping_cares_about()
    {
        await using var sim = await Simulator.StartAsync(o => { o.RateLimits.Enabled = false; o.Candidates = 2_000; });
        var account = sim.Host.Accounts.Accounts[0];
        List<SimCandidate> candidates;
        lock (account.Sync)
        {
            candidates = Enumerable.Range(0, 2_000).Select(i => account.Candidates.Get(i)!).ToList();
            _ = candidates.SelectMany(c => c.Applications).Sum(a => a.ScreeningAnswers.Count + a.Interviews.Count + a.Offers.Count);
        }

        var applications = candidates.SelectMany(c => c.Applications).ToList();
        var processes = account.Configuration.HiringProcesses;
        var listed = processes.SelectMany(p => p.SubStatuses.Values.SelectMany(v => v)).ToHashSet();

        Assert.Contains(account.Users, u => u.Email is not null && !ValidEmail().IsMatch(u.Email));
        Assert.Contains(account.Users.GroupBy(u => u.Email).Where(g => g.Key is not null), g => g.Count() > 1);
        Assert.Contains(account.Configuration.SystemRoles, r => Regex.IsMatch(r.Id, "^[0-9a-f]{24}$"));
        Assert.Contains(account.Jobs.SelectMany(j => j.HiringTeam), m => m.Role is "BAR_RAISER" or "Sourcing Partner");
        Assert.Contains(processes, p => !p.Active);
        Assert.True(processes.Count(p => p.Active) >= 2);
        Assert.Contains(applications, a => a.SubStatus is not null && !listed.Contains(a.SubStatus));
        foreach (var status in new[] { "LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN", "TRANSFERRED" })
        {
            Assert.Contains(applications, a => a.Status == status);
        }

        Assert.All(applications.Where(a => a.Status is "REJECTED" or "WITHDRAWN" or "TRANSFERRED"), a => Assert.True(a.History.Count >= 2));
        Assert.All(applications.Where(a => a.Status == "REJECTED"), a => Assert.NotNull(a.ReasonOfRejection));
        Assert.All(applications.Where(a => a.Status == "HIRED"), a => Assert.NotNull(a.StartsOn));
        Assert.All(applications.Where(a => a.StartsOn is not null), a => Assert.Equal(new DateTimeOffset(a.StartsOn!.Value.UtcDateTime.Date, TimeSpan.Zero), a.StartsOn));
        var answerTypes = applications.SelectMany(a => a.ScreeningAnswers).Select(a => a.Type).ToHashSet();
        Assert.Superset(new HashSet<string> { "text", "textarea", "radio", "select", "checkbox", "acknowledgement", "languages" }, answerTypes);
        Assert.Contains(applications.SelectMany(a => a.ScreeningAnswers), a => a.Type == "select" && a.Records[0][0].Values.Count > 1);
        Assert.Contains(applications.SelectMany(a => a.Interviews), i => i.Timeslots.Count > 1);
        var offerStatuses = applications.SelectMany(a => a.Offers).Select(o => o.Status).ToHashSet();
        Assert.Superset(new HashSet<string> { "CREATED", "PENDING_APPROVAL", "APPROVED", "NOT_APPROVED", "PENDING_ACCEPTANCE", "ACCEPTED", "NOT_ACCEPTED", "ABANDONED" }, offerStatuses);
        var tags = candidates.SelectMany(c => c.Tags).Distinct().ToList();
        Assert.Contains(tags.GroupBy(t => t.ToLowerInvariant()), g => g.Count() > 1);
        Assert.Contains(candidates, c => c.Email is not null && !ValidEmail().IsMatch(c.Email));
        Assert.Contains(candidates, c => c.Applications.Count == 0);
        Assert.Contains(candidates, c => c.Applications.Count > 1);
        Assert.Contains(account.Jobs, j => j.Questions.Any(q => q.Fields.Any(f => f.ComplianceType == "DIVERSITY")));
    }

    [Fact]
    public async Task A_million_candidate_account_starts_at_once_and_serves_its_last_candidate()
    {
        await using var sim = await Simulator.StartAsync(o => { o.RateLimits.Enabled = false; o.Candidates = 1_000_000; });
        var account = sim.Host.Accounts.Accounts[0];
        var last = account.Ids.Encode(Data.Generation.IdCodec.Candidate, 999_999);

        var details = await sim.GetJsonAsync($"/candidates/{last}");
        var firstPage = await sim.GetJsonAsync("/candidates?limit=100&updatedAfter=2026-02-01T00:00:00Z");

        Assert.Equal(last, details["id"]!.GetValue<string>());
        Assert.Empty(firstPage["content"]!.AsArray());
        Assert.Equal(10_000, account.Jobs.Count);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await sim.Http.GetAsync($"/candidates/{account.Ids.Encode(Data.Generation.IdCodec.Candidate, 1_000_000)}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Candidate_ids_look_random_and_do_not_decode_in_another_account()
    {
        await using var sim = await Simulator.StartAsync(o => { o.RateLimits.Enabled = false; o.Accounts = 2; });
        var (first, second) = (sim.Host.Accounts.Accounts[0], sim.Host.Accounts.Accounts[1]);
        var ids = Enumerable.Range(0, 50).Select(i => first.Ids.Encode(Data.Generation.IdCodec.Candidate, i)).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(50, ids.Select(id => id[..8]).Distinct().Count());
        Assert.All(ids, id => Assert.False(second.Ids.TryDecode(id, Data.Generation.IdCodec.Candidate, out _, out _, out _, out _)));
        Assert.All(ids.Select((id, i) => (id, i)), x =>
        {
            Assert.True(first.Ids.TryDecode(x.id, Data.Generation.IdCodec.Candidate, out var index, out _, out _, out _));
            Assert.Equal(x.i, index);
        });
    }


    // Hosts listen on different ports; the data must be the same everywhere else.
    private static string Normalise(Simulator sim, string json) => json.Replace(sim.Host.BaseAddress.ToString().TrimEnd('/'), "BASE", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?!\.)(?!.*\.\.)([\w'+\-.]*)[\w+\-]@([\da-z][\da-z\-]*\.)+[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ValidEmail();

}
