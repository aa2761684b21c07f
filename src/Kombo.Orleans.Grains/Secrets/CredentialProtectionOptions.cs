using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.Grains.Secrets;

/// <summary>
/// The keys credentials are encrypted with (<c>Kombo:Credentials</c>): several may be configured so a new key can
/// take over while data protected with an old one still decrypts. Holds secrets: never log or serialize it.
/// </summary>
public sealed class CredentialProtectionOptions
{
    public const string SectionName = "Kombo:Credentials";

    /// <summary>The configuration key of the key id new data is protected with.</summary>
    public const string CurrentKeyIdKey = SectionName + ":CurrentKeyId";

    /// <summary>The configuration keys of the keys, by id (<c>Kombo:Credentials:Keys:{id}</c>).</summary>
    public const string KeysKey = SectionName + ":Keys";

    /// <summary>The key id new data is protected with; may be left out when exactly one key is configured.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Key id → base64 of a 32-byte AES-256 key (<see cref="AesGcmCredentialProtector.GenerateKey"/> makes one).</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The key id protection uses: the configured one, or the only key's.</summary>
    internal string? EffectiveCurrentKeyId => CurrentKeyId is { Length: > 0 } id ? id : Keys.Count == 1 ? Keys.Keys.Single() : null;

    /// <summary>Why these options cannot protect anything (null when they can); names configuration keys and ids, never key material.</summary>
    internal string? Validate()
    {
        if (Keys.Count == 0)
        {
            return $"No credential encryption key is configured: set {KeysKey}:{{id}} to a base64 32-byte key "
                + $"(and {CurrentKeyIdKey} to that id).";
        }

        foreach (var (id, key) in Keys)
        {
            if (Encoding.UTF8.GetByteCount(id) is 0 or > byte.MaxValue)
            {
                return $"Credential key ids under {KeysKey} must be 1 to 255 bytes long.";
            }

            if (!IsAesKey(key))
            {
                return $"The credential key {KeysKey}:{id} is not the base64 of 32 bytes.";
            }
        }

        return EffectiveCurrentKeyId switch
        {
            null => $"Several credential keys are configured under {KeysKey}: set {CurrentKeyIdKey} to the one new data uses.",
            { } current when !Keys.ContainsKey(current) => $"{CurrentKeyIdKey} names key '{current}', which is not configured under {KeysKey}.",
            _ => null,
        };
    }

    private static bool IsAesKey(string? base64)
    {
        Span<byte> buffer = stackalloc byte[64];
        var valid = base64 is not null && Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == 32;
        CryptographicOperations.ZeroMemory(buffer);
        return valid;
    }
}
