namespace SmartRecruiters.Simulator.Tests.Control;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class UnknownAccountTests
{
    public static TheoryData<string, string, object?> Calls => new()
    {
        { "POST", "/candidates", new { jobId = "j", firstName = "Ada", lastName = "Lovelace", email = "ada@example.org" } },
        { "PATCH", "/candidates/c", new { firstName = "Ada" } },
        { "DELETE", "/candidates/c", null },
        { "PUT", "/candidates/c/jobs/j/status", new { status = "NEW" } },
        { "POST", "/candidates/c/jobs/j/interviews", new { timeslots = 1 } },
        { "DELETE", "/candidates/c/jobs/j/interviews/i", null },
        { "POST", "/candidates/c/jobs/j/offers", new { status = "CREATED" } },
        { "PUT", "/candidates/c/jobs/j/offers/o/status", new { status = "ACCEPTED" } },
        { "POST", "/tags/rename", new { from = "java", to = "Java SE" } },
        { "PUT", "/users/u/active", new { active = false } },
        { "PUT", "/hiring-processes/h", new { active = false } },
        { "PUT", "/drift", new { changesPerMinute = 60 } },
        { "POST", "/credentials", new { scopes = new[] { "candidates_read" } } },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task a_control_call_on_an_unknown_account_is_account_not_found(string method, string suffix, object? body)
    {
        await using var sim = await Simulator.StartAsync(o => o.RateLimits.Enabled = false);

        using var response = await sim.ControlAsync(new HttpMethod(method), $"/_sim/accounts/no-such-account{suffix}", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ACCOUNT_NOT_FOUND", await ControlCalls.ErrorCodeAsync(response));
    }
}
