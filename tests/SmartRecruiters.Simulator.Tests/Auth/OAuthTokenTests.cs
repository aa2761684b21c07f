namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class OAuthTokenTests : IAsyncLifetime
{
    private Simulator _sim = null!;

    public async ValueTask InitializeAsync() =>
        _sim = await Simulator.StartAsync(o =>
        {
            o.ClientId = OAuthClient.ClientId;
            o.ClientSecret = OAuthClient.ClientSecret;
            o.TokenLifetime = TimeSpan.FromMinutes(7);
        });

    public async ValueTask DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Token_from_form_client_credentials_authorises_api_calls()
    {
        using var tokenResponse = await OAuthClient.RequestWithFormAsync(_sim);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = await Simulator.JsonAsync(tokenResponse);
        Assert.Equal("bearer", token["token_type"]!.GetValue<string>());

        using var response = await OAuthClient.GetWithTokenAsync(_sim, "/jobs", token["access_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_from_http_basic_client_credentials_authorises_api_calls()
    {
        using var tokenResponse = await OAuthClient.RequestWithBasicAsync(_sim);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var accessToken = (await Simulator.JsonAsync(tokenResponse))["access_token"]!.GetValue<string>();

        using var response = await OAuthClient.GetWithTokenAsync(_sim, "/jobs", accessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Each_token_request_issues_a_different_token()
    {
        var first = await OAuthClient.TokenAsync(_sim);
        var second = await OAuthClient.TokenAsync(_sim);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Expires_in_equals_the_configured_token_lifetime_in_seconds()
    {
        using var response = await OAuthClient.RequestWithFormAsync(_sim);

        Assert.Equal(7 * 60, (await Simulator.JsonAsync(response))["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Wrong_client_secret_in_form_is_refused_with_401_invalid_client()
    {
        using var response = await OAuthClient.RequestWithFormAsync(_sim, clientSecret: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_client_secret_in_http_basic_is_refused_with_401_invalid_client()
    {
        using var response = await OAuthClient.RequestWithBasicAsync(_sim, clientSecret: "wrong-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_client_id_is_refused_with_401_invalid_client()
    {
        using var response = await OAuthClient.RequestWithFormAsync(_sim, clientId: "nobody");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_client_authentication_is_refused_with_401_invalid_client()
    {
        using var response = await OAuthClient.PostAsync(_sim, new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_http_basic_header_is_refused_with_401_invalid_client()
    {
        using var response = await OAuthClient.PostAsync(_sim,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            new AuthenticationHeaderValue("Basic", "%%%not-base64%%%"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unsupported_grant_type_is_refused_with_400_unsupported_grant_type()
    {
        using var response = await OAuthClient.RequestWithFormAsync(_sim, grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Json_body_is_refused_with_400_invalid_request()
    {
        using var response = await OAuthClient.PostAsync(_sim,
            JsonContent.Create(new { grant_type = "client_credentials", client_id = OAuthClient.ClientId, client_secret = OAuthClient.ClientSecret }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Plain_text_body_is_refused_with_400_invalid_request()
    {
        using var response = await OAuthClient.PostAsync(_sim,
            new StringContent($"grant_type=client_credentials&client_id={OAuthClient.ClientId}&client_secret={OAuthClient.ClientSecret}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await Simulator.JsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_of_a_control_created_oauth_client_carries_that_clients_scopes()
    {
        using var created = await _sim.ControlAsync(HttpMethod.Post, $"/_sim/accounts/{_sim.AccountId}/credentials",
            new { scopes = new[] { "jobs_read" }, admin = false, kind = "oauth" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var credential = await Simulator.JsonAsync(created);
        Assert.Null(credential["apiKey"]);
        var accessToken = await OAuthClient.TokenAsync(_sim, credential["clientId"]!.GetValue<string>(), credential["clientSecret"]!.GetValue<string>());

        using var jobs = await OAuthClient.GetWithTokenAsync(_sim, "/jobs", accessToken);
        using var candidates = await OAuthClient.GetWithTokenAsync(_sim, "/candidates", accessToken);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, candidates.StatusCode);
        Assert.Equal("PERMISSION_DENIED", await ErrorBody.CodeAsync(candidates));
    }
}
