namespace SmartRecruiters.Simulator.Tests.Auth;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>OAuth access tokens stop working once their lifetime has passed on the simulator's (fake) clock.</summary>
public sealed class TokenExpiryTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Token_is_accepted_until_just_before_its_lifetime_ends()
    {
        await using var sim = await StartAsync(Lifetime);
        var token = await OAuthClient.TokenAsync(sim);

        sim.Time!.Advance(Lifetime - TimeSpan.FromMilliseconds(1));
        using var response = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_refused_with_401_TOKEN_EXPIRED()
    {
        await using var sim = await StartAsync(Lifetime);
        var token = await OAuthClient.TokenAsync(sim);

        sim.Time!.Advance(Lifetime);
        using var response = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", await ErrorBody.CodeAsync(response));
    }

    [Fact]
    public async Task Token_expires_after_the_default_thirty_minutes()
    {
        await using var sim = await StartAsync(lifetime: null);
        var token = await OAuthClient.TokenAsync(sim);

        sim.Time!.Advance(TimeSpan.FromMinutes(29));
        using var before = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);
        sim.Time.Advance(TimeSpan.FromMinutes(2));
        using var after = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", await ErrorBody.CodeAsync(after));
    }

    [Fact]
    public async Task Expired_token_keeps_answering_TOKEN_EXPIRED_on_every_use()
    {
        await using var sim = await StartAsync(Lifetime);
        var token = await OAuthClient.TokenAsync(sim);
        sim.Time!.Advance(Lifetime + TimeSpan.FromSeconds(1));

        using var first = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);
        using var second = await OAuthClient.GetWithTokenAsync(sim, "/configuration/departments", token);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", await ErrorBody.CodeAsync(first));
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", await ErrorBody.CodeAsync(second));
    }

    [Fact]
    public async Task Fresh_token_works_after_the_old_one_expired()
    {
        await using var sim = await StartAsync(Lifetime);
        var old = await OAuthClient.TokenAsync(sim);
        sim.Time!.Advance(Lifetime + TimeSpan.FromSeconds(1));
        using var refused = await OAuthClient.GetWithTokenAsync(sim, "/jobs", old);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var fresh = await OAuthClient.TokenAsync(sim);
        using var response = await OAuthClient.GetWithTokenAsync(sim, "/jobs", fresh);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Fresh_token_gets_its_own_full_lifetime()
    {
        await using var sim = await StartAsync(Lifetime);
        sim.Time!.Advance(TimeSpan.FromHours(3));
        var token = await OAuthClient.TokenAsync(sim);

        sim.Time.Advance(Lifetime - TimeSpan.FromSeconds(1));
        using var stillValid = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);
        sim.Time.Advance(TimeSpan.FromSeconds(1));
        using var expired = await OAuthClient.GetWithTokenAsync(sim, "/jobs", token);

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal("TOKEN_EXPIRED", await ErrorBody.CodeAsync(expired));
    }

    private static Task<Simulator> StartAsync(TimeSpan? lifetime) => Simulator.StartAsync(o =>
    {
        o.ClientId = OAuthClient.ClientId;
        o.ClientSecret = OAuthClient.ClientSecret;
        if (lifetime is { } value)
        {
            o.TokenLifetime = value;
        }
    });
}
