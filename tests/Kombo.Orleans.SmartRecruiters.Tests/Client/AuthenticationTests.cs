namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Client;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task An_OAuth_client_walks_the_account_with_one_cached_token()
    {
        await using var account = await SimulatedAccount.StartAsync(o => o.RateLimits.Enabled = false);
        var connection = account.OAuthConnection();
        var auth = (OAuthClientCredentialsAuthenticator)account.Authenticator(connection);

        var (ids, _) = await CandidateWalk.RunAsync(account.Http(connection, auth: auth), limit: 10);

        Assert.True(ids.Count > 10);
        Assert.Equal(1, auth.TokensIssued);
    }

    [Fact]
    public async Task A_token_that_expires_mid_walk_is_renewed_and_the_walk_completes()
    {
        await using var account = await SimulatedAccount.StartAsync(o =>
        {
            o.RateLimits.Enabled = false;
            o.TokenLifetime = TimeSpan.FromMilliseconds(300);
            o.Latency.FixedMilliseconds = 60;
        });
        // No renewal margin: the client keeps using the token until SmartRecruiters refuses it.
        var connection = account.OAuthConnection(c => c with { TokenRenewalMargin = TimeSpan.Zero });
        var auth = (OAuthClientCredentialsAuthenticator)account.Authenticator(connection);
        var expected = await CandidateWalk.ListedCountAsync(account.Simulator);

        var (ids, _) = await CandidateWalk.RunAsync(account.Http(connection, auth: auth), limit: 5);

        Assert.Equal(expected, ids.Count);
        Assert.True(auth.TokensIssued >= 2, $"tokens issued: {auth.TokensIssued}");
    }

    [Fact]
    public async Task A_wrong_API_key_is_a_credentials_invalid_error()
    {
        await using var account = await SimulatedAccount.StartAsync();
        var connection = new SmartRecruitersConnection(account.Simulator.BaseAddress, SmartRecruitersCredentials.FromApiKey("wrong-key"));

        await Assert.ThrowsAsync<SmartRecruitersCredentialsInvalidException>(() => CandidateWalk.RunAsync(account.Http(connection)));
    }

    [Fact]
    public async Task A_wrong_OAuth_secret_is_a_credentials_invalid_error()
    {
        await using var account = await SimulatedAccount.StartAsync();
        var good = account.OAuthConnection();
        var connection = good with { Credentials = SmartRecruitersCredentials.FromOAuthClient(good.Credentials.ClientId!, "wrong-secret") };

        await Assert.ThrowsAsync<SmartRecruitersCredentialsInvalidException>(() => CandidateWalk.RunAsync(account.Http(connection)));
    }

    [Fact]
    public void Credentials_never_show_their_secret()
    {
        var key = SmartRecruitersCredentials.FromApiKey("super-secret-key");
        var oauth = SmartRecruitersCredentials.FromOAuthClient("client-1", "super-secret");

        Assert.DoesNotContain("super-secret", key.ToString());
        Assert.DoesNotContain("super-secret", oauth.ToString());
        Assert.DoesNotContain("super-secret", key.BudgetKey);
    }
}
