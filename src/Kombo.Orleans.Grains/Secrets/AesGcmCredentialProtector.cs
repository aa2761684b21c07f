using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Orleans.Abstractions.Sync;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Grains.Secrets;

/// <summary>
/// Credentials under AES-256-GCM. Layout: format version (1 byte), key id length (1 byte), key id (UTF-8), nonce
/// (12 random bytes per protect), tag (16), ciphertext of the credentials' JSON. The version and key id are
/// authenticated too, so neither can be swapped; carrying the key id lets a new key take over while data under an
/// old one still decrypts. Messages name key ids at most, never key material or credentials.
/// </summary>
public sealed class AesGcmCredentialProtector : ICredentialProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeySize = 32;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentKeyId;
    private readonly byte[] _currentHeader;

    public AesGcmCredentialProtector(IOptions<CredentialProtectionOptions> options)
        : this(options.Value)
    {
    }

    public AesGcmCredentialProtector(CredentialProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        _keys = options.Keys.ToDictionary(entry => entry.Key, entry => Convert.FromBase64String(entry.Value.Trim()), StringComparer.Ordinal);
        _currentKeyId = options.EffectiveCurrentKeyId!;
        _currentHeader = Header(_currentKeyId);
    }

    /// <summary>The id of the key new data is protected with.</summary>
    public string CurrentKeyId => _currentKeyId;

    /// <summary>A new random AES-256 key, base64, for <c>Kombo:Credentials:Keys:{id}</c>.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>
    /// A protector with a random key that lives as long as this process: for the embedded single-process host,
    /// where losing stored credentials on restart is acceptable. Never for a cluster (silos would not share it).
    /// </summary>
    public static AesGcmCredentialProtector CreateEphemeral()
    {
        var options = new CredentialProtectionOptions { CurrentKeyId = "ephemeral" };
        options.Keys["ephemeral"] = GenerateKey();
        return new AesGcmCredentialProtector(options);
    }

    public byte[] Protect(IntegrationCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(new Payload(credentials.ApiKey, credentials.ClientId, credentials.ClientSecret));
        try
        {
            var header = _currentHeader;
            var result = new byte[header.Length + NonceSize + TagSize + plaintext.Length];
            header.CopyTo(result, 0);
            var nonce = result.AsSpan(header.Length, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(_keys[_currentKeyId], TagSize);
            aes.Encrypt(nonce, plaintext, result.AsSpan(header.Length + NonceSize + TagSize), result.AsSpan(header.Length + NonceSize, TagSize), header);
            return result;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public IntegrationCredentials Unprotect(byte[] protectedCredentials)
    {
        ArgumentNullException.ThrowIfNull(protectedCredentials);
        var data = protectedCredentials.AsSpan();
        if (data.Length < 2)
        {
            throw new CryptographicException("The protected credentials are malformed.");
        }

        if (data[0] != FormatVersion)
        {
            throw new CryptographicException($"The protected credentials have format version {data[0]}, which this host does not read.");
        }

        var headerLength = 2 + data[1];
        if (data[1] == 0 || data.Length < headerLength + NonceSize + TagSize)
        {
            throw new CryptographicException("The protected credentials are malformed.");
        }

        string keyId;
        try
        {
            keyId = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data[2..headerLength]);
        }
        catch (ArgumentException)
        {
            throw new CryptographicException("The protected credentials are malformed.");
        }

        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"The credentials were protected with key '{keyId}', which this host does not have (see {CredentialProtectionOptions.KeysKey}).");
        }

        var ciphertext = data[(headerLength + NonceSize + TagSize)..];
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using (var aes = new AesGcm(key, TagSize))
            {
                // Throws AuthenticationTagMismatchException (a CryptographicException) when any byte was altered.
                aes.Decrypt(data.Slice(headerLength, NonceSize), ciphertext, data.Slice(headerLength + NonceSize, TagSize), plaintext, data[..headerLength]);
            }

            var payload = Deserialize(plaintext);
            return new IntegrationCredentials(payload.ApiKey, payload.ClientId, payload.ClientSecret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static Payload Deserialize(byte[] plaintext)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(plaintext) ?? throw new CryptographicException("The protected credentials are empty.");
        }
        catch (JsonException)
        {
            // Authenticated yet unreadable: written by something else with our key. The JSON error could quote the secret.
            throw new CryptographicException("The protected credentials do not hold credentials.");
        }
    }

    private static byte[] Header(string keyId)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        return [FormatVersion, (byte)id.Length, .. id];
    }

    // The stored shape, decoupled from the contract record so renaming its members cannot break stored data.
    private sealed record Payload(
        [property: JsonPropertyName("api_key")] string? ApiKey,
        [property: JsonPropertyName("client_id")] string? ClientId,
        [property: JsonPropertyName("client_secret")] string? ClientSecret);
}
