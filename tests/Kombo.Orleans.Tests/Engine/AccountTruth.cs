namespace Kombo.Orleans.Tests.Engine;

using global::SmartRecruiters.Simulator.Hosting;

/// <summary>What the simulator's first account holds, read without HTTP: the ground truth a sync must reproduce.</summary>
public sealed record AccountTruth(int Users, int Jobs, int JobAds, int Candidates, int Applications, int Interviews, int Offers, int Tags, int RejectionReasons)
{
    public static AccountTruth Of(InProcessSimulator simulator)
    {
        var account = simulator.Accounts.Accounts[0];
        lock (account.Sync)
        {
            // SmartRecruiters lists only candidates with an application.
            var listed = Enumerable.Range(0, account.Candidates.Capacity).Select(account.Candidates.Get)
                .Where(c => c is { Applications.Count: > 0 }).Select(c => c!).ToList();
            var applications = listed.SelectMany(c => c.Applications).ToList();
            return new AccountTruth(
                account.Users.Count,
                account.Jobs.Count,
                account.Jobs.Sum(j => j.Ads.Count),
                listed.Count,
                applications.Count,
                applications.Sum(a => a.Interviews.Sum(i => i.Timeslots.Count)),
                applications.Sum(a => a.Offers.Count),
                listed.SelectMany(c => c.Tags).Select(t => t.ToLowerInvariant()).Distinct().Count(),
                account.Configuration.RejectionReasons.Count);
        }
    }
}
