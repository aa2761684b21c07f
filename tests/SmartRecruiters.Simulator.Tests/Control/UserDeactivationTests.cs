namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class UserDeactivationTests
{
    [Fact]
    public async Task a_deactivated_user_reads_as_inactive_and_updated_now()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var users = (await sim.GetJsonAsync("/user-api/v201804/users"))["content"]!.AsArray();
        var userId = users.First(u => u!["active"]!.GetValue<bool>())!["id"]!.GetValue<string>();
        sim.Time!.Advance(TimeSpan.FromMinutes(2));

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/users/{userId}/active", new { active = false });
        var user = await sim.GetJsonAsync($"/user-api/v201804/users/{userId}");
        var audit = await ControlCalls.AuditEventsAsync(sim, "USER_ACCOUNT_DEACTIVATED");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(user["active"]!.GetValue<bool>());
        Assert.Equal(sim.Time.GetUtcNow(), user["updatedOn"]!.GetValue<DateTimeOffset>());
        Assert.Equal(userId, Assert.Single(audit)!["entityId"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_deactivated_user_is_listed_by_updated_after()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);
        var userId = (await sim.GetJsonAsync("/user-api/v201804/users"))["content"]![0]!["id"]!.GetValue<string>();
        var before = sim.Time!.GetUtcNow();

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/users/{userId}/active", new { active = false });
        var changed = (await sim.GetJsonAsync($"/user-api/v201804/users?updatedAfter={ControlCalls.Query(before)}"))["content"]!.AsArray();

        Assert.Equal([userId], changed.Select(u => u!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task deactivating_an_unknown_user_is_not_found()
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(HttpMethod.Put, $"{ControlCalls.Account(sim)}/users/no-such-user/active", new { active = false });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
