namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>
/// Candidate endpoints need <c>candidates_read</c>; a missing scope is 403 on the list but 401 on
/// a candidate's details (SmartRecruiters' spec quirk), and status history also needs <c>candidate_status_read</c>.
/// </summary>
public sealed class CandidateScopeTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Candidate_list_without_candidates_read_is_403_PERMISSION_DENIED()
    {
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["jobs_read"]));

        using var response = await client.GetAsync("/candidates", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Candidate_details_without_candidates_read_is_401()
    {
        var (candidateId, _) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["jobs_read"]));

        using var response = await client.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Candidate_list_and_details_with_candidates_read_are_200()
    {
        var (candidateId, _) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read"]));

        using var list = await client.GetAsync("/candidates", TestContext.Current.CancellationToken);
        using var details = await client.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
    }

    [Fact]
    public async Task Status_history_with_only_candidates_read_is_403()
    {
        var (candidateId, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read"]));

        using var response = await client.GetAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("NO_ACCESS_TO_CANDIDATE", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Status_history_with_only_candidate_status_read_is_403()
    {
        var (candidateId, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidate_status_read"]));

        using var response = await client.GetAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("NO_ACCESS_TO_CANDIDATE", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Status_history_with_candidates_read_and_candidate_status_read_is_200()
    {
        var (candidateId, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync(["candidates_read", "candidate_status_read"]));

        using var response = await client.GetAsync($"/candidates/{candidateId}/jobs/{jobId}/status/history", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Credential_with_no_scopes_is_refused_everywhere()
    {
        var (candidateId, jobId) = await Sim.FirstCandidateAsync();
        using var client = Sim.ClientWithKey(await Sim.CreateApiKeyAsync([]));

        using var list = await client.GetAsync("/candidates", TestContext.Current.CancellationToken);
        using var details = await client.GetAsync($"/candidates/{candidateId}", TestContext.Current.CancellationToken);
        using var job = await client.GetAsync($"/jobs/{jobId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, details.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, job.StatusCode);
    }
}
