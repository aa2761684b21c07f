using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Auth;

/// <summary>
/// OAuth client credentials: one cached access token per client, renewed ahead of its expiry by
/// one caller while the others wait, and renewed once more when SmartRecruiters rejects it early.
/// </summary>
public sealed class OAuthClientCredentialsAuthenticator(HttpClient http, SmartRecruitersConnection connection, TimeProvider time)
    : ISmartRecruitersAuthenticator, IDisposable
{
    private const string TokenPath = "/identity/oauth/token";

    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    /// <summary>Tokens fetched so far (for tests and metrics).</summary>
    public int TokensIssued { get; private set; }

    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(forceRenewal: null, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async ValueTask<bool> RenewAsync(HttpRequestMessage rejected, CancellationToken cancellationToken)
    {
        await TokenAsync(forceRenewal: rejected.Headers.Authorization?.Parameter, cancellationToken);
        return true;
    }

    public void Dispose() => _renewal.Dispose();

    private async ValueTask<string> TokenAsync(string? forceRenewal, CancellationToken cancellationToken)
    {
        if (Usable(forceRenewal) is { } cached)
        {
            return cached;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed while this one waited.
            if (Usable(forceRenewal) is { } renewed)
            {
                return renewed;
            }

            var fetched = await FetchAsync(cancellationToken);
            _current = fetched;
            TokensIssued++;
            return fetched.Token;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private string? Usable(string? rejectedToken)
    {
        var current = _current;
        if (current is not { } c || c.Token == rejectedToken)
        {
            return null;
        }

        return time.GetUtcNow() < c.ExpiresAt - connection.TokenRenewalMargin ? c.Token : null;
    }

    private async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(CancellationToken cancellationToken)
    {
        var credentials = connection.Credentials;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connection.BaseUrl, TokenPath))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = credentials.ClientId!,
                    ["client_secret"] = credentials.ClientSecret!,
                }),
            };
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    throw new SmartRecruitersCredentialsInvalidException(TokenPath, $"SmartRecruiters refused the OAuth client ({(int)response.StatusCode}).");
                }

                if (response.IsSuccessStatusCode)
                {
                    var token = await response.Content.ReadFromJsonAsync<OAuthTokenDto>(SmartRecruitersJson.Options, cancellationToken);
                    if (token?.AccessToken is { Length: > 0 } accessToken)
                    {
                        return (accessToken, time.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn ?? 1800)));
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException && attempt < 3)
            {
                // Transient: try again below.
            }

            if (attempt >= 3)
            {
                throw new SmartRecruitersException(null, "TOKEN_UNAVAILABLE", "Could not obtain an OAuth token from SmartRecruiters.", TokenPath);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
        }
    }
}
