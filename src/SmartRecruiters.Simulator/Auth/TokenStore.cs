using System.Collections.Concurrent;
using System.Security.Cryptography;
using SmartRecruiters.Simulator.Accounts;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>OAuth access tokens issued by <c>POST /identity/oauth/token</c>, with enforced expiry.</summary>
public sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>How long an expired token is still recognised (and answered TOKEN_EXPIRED) before it is forgotten.</summary>
    public static readonly TimeSpan ExpiredRetention = TimeSpan.FromHours(24);

    public IssuedToken Issue(SimAccount account, SimCredential credential, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        foreach (var (key, old) in _tokens)
        {
            if (now - old.ExpiresAt > ExpiredRetention)
            {
                _tokens.TryRemove(key, out _);
            }
        }

        var token = new IssuedToken(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), account, credential, now + lifetime);
        _tokens[token.AccessToken] = token;
        return token;
    }

    public TokenLookup Find(string accessToken, out IssuedToken? token)
    {
        if (!_tokens.TryGetValue(accessToken, out token))
        {
            return TokenLookup.Unknown;
        }

        // An expired token stays known, so every request that still sends it (including concurrent
        // ones) is told TOKEN_EXPIRED rather than the first one only; Issue forgets it much later.
        if (time.GetUtcNow() >= token.ExpiresAt)
        {
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
