namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using System.Net.Http.Headers;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class ApiKeyAuthenticationTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Request_without_credentials_is_refused_with_401()
    {
        using var response = await Sim.Anonymous.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Unknown_api_key_is_refused_with_401()
    {
        using var client = Sim.ClientWithKey("not-a-real-key");

        using var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Empty_api_key_is_refused_with_401()
    {
        using var client = Sim.ClientWithKey("");

        using var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Valid_api_key_is_served()
    {
        using var response = await Sim.Http.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await Simulator.JsonAsync(response))["content"]!.AsArray());
    }

    [Fact]
    public async Task Api_key_created_through_the_control_api_is_served()
    {
        var key = await Sim.CreateApiKeyAsync(["jobs_read"]);
        using var client = Sim.ClientWithKey(key);

        using var response = await client.GetAsync("/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_bearer_token_is_refused_with_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/jobs");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "never-issued");

        using var response = await Sim.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Public_postings_need_no_credentials()
    {
        using var response = await Sim.Anonymous.GetAsync($"/v1/companies/{Sim.AccountId}/postings", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
