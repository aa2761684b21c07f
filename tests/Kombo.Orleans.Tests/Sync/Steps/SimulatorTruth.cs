namespace Kombo.Orleans.Tests.Sync.Steps;

using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Testing.Sync;

/// <summary>What the simulated account holds, read in-process under its lock: the ground truth step tests compare with.</summary>
public static class SimulatorTruth
{
    public sealed record User(string Id, string SystemRoleId, bool Active);

    public sealed record Job(string Id, IReadOnlyList<string> AdIds, IReadOnlyList<(string UserId, string Role)> Team, IReadOnlyList<string> QuestionIds);

    public static global::SmartRecruiters.Simulator.Accounts.SimAccount Account(StepHarness harness) => harness.Simulator.Accounts.Accounts[0];

    public static IReadOnlyList<User> Users(StepHarness harness)
    {
        var account = Account(harness);
        lock (account.Sync)
        {
            return account.Users.Select(u => new User(u.Id, u.SystemRoleId, u.Active)).ToList();
        }
    }

    /// <summary>Jobs with their ads, hiring team, and the screening questions of their public posting (none without one).</summary>
    public static IReadOnlyList<Job> Jobs(StepHarness harness)
    {
        var account = Account(harness);
        lock (account.Sync)
        {
            return account.Jobs.Select(j => new Job(
                    j.Id,
                    j.Ads.Select(a => a.Id).ToList(),
                    j.HiringTeam.Select(m => (m.UserId, m.Role)).ToList(),
                    j.Ads.Any(a => a is { PostingStatus: "PUBLISHED", Visibility: "PUBLIC" }) ? j.Questions.Select(q => q.Id).Distinct().ToList() : []))
                .ToList();
        }
    }

    public static IReadOnlyList<string> RejectionReasonIds(StepHarness harness)
    {
        var account = Account(harness);
        lock (account.Sync)
        {
            return account.Configuration.RejectionReasons.Select(r => r.Id).ToList();
        }
    }

    public static IReadOnlyList<string> SystemRoleIds(StepHarness harness)
    {
        var account = Account(harness);
        lock (account.Sync)
        {
            return account.Configuration.SystemRoles.Select(r => r.Id).ToList();
        }
    }

    /// <summary>Changes the simulated account in-process (for changes its control API does not offer).</summary>
    public static void Change(StepHarness harness, Action<global::SmartRecruiters.Simulator.Accounts.SimAccount> change)
    {
        var account = Account(harness);
        lock (account.Sync)
        {
            change(account);
            account.Touch();
        }
    }

    /// <summary>Deactivates or reactivates a user through the simulator's control API.</summary>
    public static async Task SetUserActiveAsync(StepHarness harness, string userId, bool active)
    {
        using var http = new HttpClient { BaseAddress = harness.Simulator.BaseAddress };
        using var response = await http.PutAsJsonAsync($"/_sim/accounts/{harness.AccountId}/users/{userId}/active", new { active },
            TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Calls the SmartRecruiters API itself (a write a recruiter would make), with the harness's credentials.</summary>
    public static async Task SendAsync(StepHarness harness, HttpMethod method, string path)
    {
        using var http = harness.Simulator.CreateClient();
        using var response = await http.SendAsync(new HttpRequestMessage(method, path), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static string? Text(JsonElement payload, string property) =>
        payload.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
