using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>
/// API keys look like <c>kombo_{keyId}_{secret}</c>: the key id finds the tenant without scanning, the secret
/// (32 random bytes' worth of base58) makes guessing hopeless, and only a SHA-256 hash is stored, which is
/// enough for a secret of that entropy. An operator's own key (e.g. the bootstrap <c>dev-key</c>) has no id in
/// it; its id is derived from its hash.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "kombo_";

    /// <summary>Longer presented keys are rejected before any hashing or grain call.</summary>
    public const int MaxLength = 200;

    private const int KeyIdLength = 12;
    private const int SecretLength = 44;
    private const string IndexPrefix = "apikey:";

    public static IssuedKeyParts New()
    {
        var keyId = Base58.Random(KeyIdLength);
        return new IssuedKeyParts(keyId, $"{Prefix}{keyId}_{Base58.Random(SecretLength)}");
    }

    /// <summary>The key id of a presented key (null when it cannot be a key at all).</summary>
    public static string? KeyIdOf(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key.Any(c => c <= ' ' || c > '~'))
        {
            return null;
        }

        if (key.StartsWith(Prefix, StringComparison.Ordinal)
            && key[Prefix.Length..].Split('_') is [{ Length: KeyIdLength } id, { Length: > 0 }]
            && id.All(Base58.IsDigit))
        {
            return id;
        }

        return "h" + Convert.ToHexStringLower(Hash(key))[..KeyIdLength];
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The <see cref="IApiKeyIndexGrain"/> key of a key id.</summary>
    public static string IndexKey(string keyId) => IndexPrefix + keyId;

    public static IApiKeyIndexGrain Index(this IGrainFactory grains, string keyId) => grains.GetGrain<IApiKeyIndexGrain>(IndexKey(keyId));
}

/// <summary>A new key and its id, before it is stored.</summary>
public readonly record struct IssuedKeyParts(string KeyId, string Key);
