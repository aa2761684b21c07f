namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Job endpoints need <c>jobs_read</c>; a job's details answer a missing scope with 401 (spec quirk).</summary>
public sealed class JobScopeTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Job_details_without_jobs_read_is_401()
    {
        var (_, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read"]));

        using var response = await client.GetAsync($"/jobs/{jobId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Job_list_without_jobs_read_is_403_PERMISSION_DENIED()
    {
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read"]));

        using var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Job_list_and_details_with_jobs_read_are_200()
    {
        var (_, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["jobs_read"]));

        using var list = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);
        using var details = await client.GetAsync($"/jobs/{jobId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
    }

    [Fact]
    public async Task Publishing_without_jobs_publications_manage_is_403()
    {
        var (_, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["jobs_read"]));

        using var response = await client.PostAsync($"/jobs/{jobId}/publication", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }
}
