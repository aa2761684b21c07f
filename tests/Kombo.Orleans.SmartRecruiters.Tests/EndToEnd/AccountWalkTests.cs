namespace Kombo.Orleans.SmartRecruiters.Tests.EndToEnd;

using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.SmartRecruiters.Tests.Client;

public sealed class AccountWalkTests
{
    [Fact]
    public async Task A_whole_account_walks_and_maps_under_documented_limits_through_injected_faults_without_losing_a_record()
    {
        await using var account = await SimulatedAccount.StartAsync(o =>
        {
            o.Candidates = 40;
            o.Faults.ServerErrorRate = 0.05;
            o.Faults.TooManyRequestsRate = 0.05;
            o.Faults.MalformedJsonRate = 0.03;
        });
        var http = account.Http(account.ApiKeyConnection());
        var walk = new AccountWalk(new SmartRecruitersClient(http), new MappingContext("smartrecruiters:e2e", DateTimeOffset.UtcNow), account.AccountId);

        await walk.RunAsync(TestContext.Current.CancellationToken);

        // Ground truth: the simulator's own account, read without HTTP.
        var sim = account.Simulator.Accounts.Accounts[0];
        var listed = new List<global::SmartRecruiters.Simulator.Data.Model.SimCandidate>();
        lock (sim.Sync)
        {
            listed.AddRange(Enumerable.Range(0, sim.Candidates.Capacity).Select(sim.Candidates.Get).Where(c => c is { Applications.Count: > 0 })!);
            _ = listed.SelectMany(c => c.Applications).Sum(a => a.Interviews.Count + a.Offers.Count);
        }

        var applications = listed.SelectMany(c => c.Applications).ToList();
        Assert.Empty(walk.Skipped);
        Assert.Equal(sim.Users.Count, walk.Users.Count);
        Assert.Equal(sim.Jobs.Count, walk.Jobs.Count);
        Assert.Equal(listed.Count, walk.Candidates.Count);
        Assert.Equal(applications.Count, walk.Applications.Count);
        Assert.Equal(applications.Sum(a => a.Interviews.Sum(i => i.Timeslots.Count)), walk.Interviews.Count);
        Assert.Equal(applications.Sum(a => a.Offers.Count), walk.Offers.Count);
        Assert.Equal(sim.Jobs.Sum(j => j.Ads.Count), walk.JobPostings.Count);
        Assert.Equal(sim.Configuration.RejectionReasons.Count, walk.RejectionReasons.Count);
        Assert.Equal(listed.SelectMany(c => c.Tags).Select(t => t.ToLowerInvariant()).Distinct().Count(), walk.Tags.Count);
        Assert.NotEmpty(walk.ScreeningQuestions);
        Assert.NotEmpty(walk.JobScreeningQuestions);
        Assert.NotEmpty(walk.HiringTeamMembers);
        Assert.NotEmpty(walk.JobUserRoleAssignments);
        Assert.NotEmpty(walk.InterviewingTeamMembers);
        Assert.NotEmpty(walk.JobStages);

        // Every reference resolves within what was mapped.
        var stageIds = walk.Stages!.Stages.Select(s => s.Id).ToHashSet();
        var candidateIds = walk.Candidates.Select(c => c.Id).ToHashSet();
        var jobIds = walk.Jobs.Select(j => j.Id).ToHashSet();
        var applicationIds = walk.Applications.Select(a => a.Id).ToHashSet();
        var tagIds = walk.Tags.Select(t => t.Id).ToHashSet();
        Assert.All(walk.Applications, a =>
        {
            Assert.True(a.CandidateId is not null && candidateIds.Contains(a.CandidateId), $"candidate of {a.RemoteId} is unknown");
            Assert.True(a.JobId is not null && jobIds.Contains(a.JobId), $"job of {a.RemoteId} is unknown");
            Assert.True(a.CurrentStageId is null || stageIds.Contains(a.CurrentStageId), $"stage {a.CurrentStageId} of {a.RemoteId} is unknown");
        });
        Assert.All(walk.Interviews, i => Assert.True(i.ApplicationId is not null && applicationIds.Contains(i.ApplicationId)));
        Assert.All(walk.Offers, o => Assert.True(o.ApplicationId is not null && applicationIds.Contains(o.ApplicationId)));
        Assert.All(walk.CandidateTags, t => Assert.Contains(t.TagId, tagIds));
        Assert.All(walk.JobStages, s => Assert.Contains(s.StageId, stageIds));

        // The faults were met and retried, and the budget never overstepped the limits.
        Assert.True(http.RequestsSent > walk.Candidates.Count + walk.Applications.Count * 5, "faults were retried");
        await Eventually.TrueAsync(() => account.Traffic.Requests == http.RequestsSent);
        Assert.Equal(0, account.Traffic.RateLimited);
        Assert.True(account.Traffic.Injected > 0);
    }
}
