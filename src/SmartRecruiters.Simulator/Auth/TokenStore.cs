using System.Collections.Concurrent;
using System.Security.Cryptography;
using SmartRecruiters.Simulator.Accounts;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>OAuth access tokens issued by <c>POST /identity/oauth/token</c>, with enforced expiry.</summary>
public sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public IssuedToken Issue(SimAccount account, SimCredential credential, TimeSpan lifetime)
    {
        var token = new IssuedToken(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), account, credential, time.GetUtcNow() + lifetime);
        _tokens[token.AccessToken] = token;
        return token;
    }

    public TokenLookup Find(string accessToken, out IssuedToken? token)
    {
        if (!_tokens.TryGetValue(accessToken, out token))
        {
            return TokenLookup.Unknown;
        }

        if (time.GetUtcNow() >= token.ExpiresAt)
        {
            _tokens.TryRemove(accessToken, out _);
            return TokenLookup.Expired;
        }

        return TokenLookup.Valid;
    }
}

public sealed record IssuedToken(string AccessToken, SimAccount Account, SimCredential Credential, DateTimeOffset ExpiresAt);

public enum TokenLookup
{
    Valid,
    Unknown,
    Expired,
}
