namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net.Http.Headers;
using System.Text;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Calls <c>POST /identity/oauth/token</c> the ways a client can, and uses the token it gets.</summary>
internal static class OAuthClient
{
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret";

    /// <summary>The client-credentials grant with the client authenticated by form fields (client_secret_post).</summary>
    public static Task<HttpResponseMessage> RequestWithFormAsync(Simulator sim, string clientId = ClientId, string clientSecret = ClientSecret, string grantType = "client_credentials") =>
        PostAsync(sim, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));

    /// <summary>The client-credentials grant with the client authenticated by HTTP Basic (client_secret_basic).</summary>
    public static Task<HttpResponseMessage> RequestWithBasicAsync(Simulator sim, string clientId = ClientId, string clientSecret = ClientSecret) =>
        PostAsync(sim, new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}"))));

    public static async Task<HttpResponseMessage> PostAsync(Simulator sim, HttpContent content, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/identity/oauth/token") { Content = content };
        request.Headers.Authorization = authorization;
        return await sim.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A fresh access token for the given client (form authentication).</summary>
    public static async Task<string> TokenAsync(Simulator sim, string clientId = ClientId, string clientSecret = ClientSecret)
    {
        using var response = await RequestWithFormAsync(sim, clientId, clientSecret);
        response.EnsureSuccessStatusCode();
        return (await Simulator.JsonAsync(response))["access_token"]!.GetValue<string>();
    }

    /// <summary>GET <paramref name="path"/> with <c>Authorization: Bearer</c>.</summary>
    public static async Task<HttpResponseMessage> GetWithTokenAsync(Simulator sim, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await sim.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
