using System.Buffers.Text;
using System.Security.Cryptography;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Secrets;

namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>
/// Webhook signing secrets: generated or checked, and encrypted for grain state with the host's credential
/// protector (the same AES-GCM keys and rotation as integration credentials; the secret travels as the
/// protector's api key field, so no second key configuration is needed).
/// </summary>
public static class WebhookSecrets
{
    public const int MinLength = 16;
    public const int MaxLength = 200;

    /// <summary>32 random bytes, base64url: as strong as the HMAC key can use.</summary>
    public static string Generate() =>
        "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Why <paramref name="secret"/> cannot sign webhooks (null when it can).</summary>
    public static string? Validate(string secret) =>
        secret.Length is < MinLength or > MaxLength || !secret.All(c => c is > ' ' and < (char)127)
            ? $"secret must be {MinLength} to {MaxLength} printable ASCII characters without spaces."
            : null;

    public static byte[] Protect(this ICredentialProtector protector, string secret) =>
        protector.Protect(new IntegrationCredentials(secret));

    /// <exception cref="CryptographicException">The secret was protected with a key this host does not have.</exception>
    public static string UnprotectSecret(this ICredentialProtector protector, byte[] protectedSecret) =>
        protector.Unprotect(protectedSecret).ApiKey ?? throw new CryptographicException("The protected webhook secret is empty.");
}
