namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Net;
using Kombo.Orleans.SmartRecruiters.Dtos;

public sealed class AuthAndErrorDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task OAuth_token_response_deserializes_from_snake_case()
    {
        var credential = sim.Simulator.Accounts.Accounts[0].Credentials.First(c => c.ClientId is not null);

        using var response = await RequestTokenAsync(credential.ClientId!, credential.ClientSecret!);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = SimulatorFixture.Read<OAuthTokenDto>(body);

        Assert.False(string.IsNullOrEmpty(token.AccessToken));
        Assert.Equal("bearer", token.TokenType, ignoreCase: true);
        Assert.Equal(1800, token.ExpiresIn);

        // The token works.
        using var client = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        using var jobs = await client.GetAsync("/jobs?limit=1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
    }

    [Fact]
    public async Task OAuth_error_deserializes()
    {
        var credential = sim.Simulator.Accounts.Accounts[0].Credentials.First(c => c.ClientId is not null);

        using var response = await RequestTokenAsync(credential.ClientId!, "wrong-secret");
        var error = SimulatorFixture.Read<OAuthErrorDto>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", error.Error);
        Assert.False(string.IsNullOrEmpty(error.ErrorDescription));
    }

    [Fact]
    public async Task Error_body_deserializes_for_a_missing_candidate()
    {
        var error = await sim.GetErrorAsync<ErrorResponseDto>($"/candidates/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.False(string.IsNullOrEmpty(error.Message));
        var item = Assert.Single(error.Errors!);
        Assert.Equal("CANDIDATE_NOT_FOUND", item.Code);
        Assert.False(string.IsNullOrEmpty(item.Message));
    }

    [Fact]
    public async Task Error_body_deserializes_for_a_bad_page_id_and_a_missing_credential()
    {
        var badPage = await sim.GetErrorAsync<ErrorResponseDto>("/candidates?pageId=not-a-cursor", HttpStatusCode.BadRequest);
        Assert.Equal("INVALID_PAGE_ID", Assert.Single(badPage.Errors!).Code);

        using var anonymous = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        var unauthorized = await sim.GetErrorAsync<ErrorResponseDto>("/jobs", HttpStatusCode.Unauthorized, anonymous);
        Assert.False(string.IsNullOrEmpty(Assert.Single(unauthorized.Errors!).Code));
    }

    private async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string clientSecret)
    {
        using var anonymous = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        return await anonymous.PostAsync("/identity/oauth/token", form, TestContext.Current.CancellationToken);
    }
}
