namespace SmartRecruiters.Simulator.Tests.Control;

using System.Diagnostics;
using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;
using SmartRecruiters.Simulator.Tests.Webhooks;

/// <summary>Drift on real time: changes appear through the API while it runs and stop when it is deleted.</summary>
public sealed class DriftEndToEndTests
{
    [Fact]
    public async Task drift_at_6000_changes_per_minute_changes_the_account_until_deleted()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false, fakeTime: false);
        var account = sim.Host.Accounts.Accounts[0];
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var start = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/drift", new { changesPerMinute = 6000 });
        var changed = await Eventually.UntilAsync(
            () => ControlCalls.ListAllCandidatesAsync(sim, $"updatedAfter={ControlCalls.Query(before)}"),
            list => list.Count >= 5,
            "drift changed at least five candidates");
        using var stop = await sim.ControlAsync(HttpMethod.Delete, $"{ControlCalls.Account(sim)}/drift");

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, stop.StatusCode);
        Assert.All(changed, c => Assert.True(c["updatedOn"]!.GetValue<DateTimeOffset>() >= before));

        // Drift ticks every 100 ms; once stopped (a tick already running may still finish), the
        // account's version holds still over windows several ticks long.
        var quiet = TimeSpan.FromMilliseconds(350);
        var deadline = Stopwatch.StartNew();
        var version = account.Version;
        while (true)
        {
            await Task.Delay(quiet, TestContext.Current.CancellationToken);
            if (account.Version == version)
            {
                break;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(5), "drift kept changing the account after DELETE /drift");
            version = account.Version;
        }

        await Task.Delay(quiet, TestContext.Current.CancellationToken);
        Assert.Equal(version, account.Version);
    }
}
