namespace Kombo.Orleans.Tests.Engine.Secrets;

using System.Security.Cryptography;
using System.Text;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Secrets;

public sealed class AesGcmCredentialProtectorTests
{
    private const string ApiKeySecret = "sr-api-key-0123456789abcdef";
    private const string ClientSecret = "oauth-client-secret-fedcba9876543210";

    private static readonly IntegrationCredentials ApiKey = new(ApiKeySecret);
    private static readonly IntegrationCredentials OAuth = new(null, "client-id-17", ClientSecret);

    [Fact]
    public void Api_key_and_oauth_credentials_round_trip()
    {
        var protector = Protector(("k1", AesGcmCredentialProtector.GenerateKey()));

        Assert.Equal(ApiKey, protector.Unprotect(protector.Protect(ApiKey)));
        Assert.Equal(OAuth, protector.Unprotect(protector.Protect(OAuth)));
    }

    [Fact]
    public void Protecting_the_same_credentials_twice_gives_different_bytes()
    {
        var protector = Protector(("k1", AesGcmCredentialProtector.GenerateKey()));

        Assert.NotEqual(protector.Protect(ApiKey), protector.Protect(ApiKey));
    }

    [Fact]
    public void The_protected_bytes_never_hold_a_secret_in_plain_text()
    {
        var protector = Protector(("k1", AesGcmCredentialProtector.GenerateKey()));

        foreach (var (credentials, secret) in new[] { (ApiKey, ApiKeySecret), (OAuth, ClientSecret), (OAuth, "client-id-17") })
        {
            var bytes = protector.Protect(credentials);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            Assert.DoesNotContain(secret, Convert.ToBase64String(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Any_altered_byte_fails_with_a_cryptographic_exception()
    {
        var protector = Protector(("k1", AesGcmCredentialProtector.GenerateKey()));
        var bytes = protector.Protect(OAuth);

        for (var i = 0; i < bytes.Length; i++)
        {
            var altered = (byte[])bytes.Clone();
            altered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(altered));
        }

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(bytes[..^1]));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect([]));
    }

    [Fact]
    public void Data_under_a_key_this_host_does_not_have_fails_without_revealing_key_material()
    {
        var otherKey = AesGcmCredentialProtector.GenerateKey();
        var bytes = Protector(("old", otherKey)).Protect(ApiKey);
        var protector = Protector(("new", AesGcmCredentialProtector.GenerateKey()));

        var error = Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(bytes));
        Assert.Contains("'old'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(otherKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_id_with_another_key_fails_authentication()
    {
        var bytes = Protector(("k1", AesGcmCredentialProtector.GenerateKey())).Protect(ApiKey);

        Assert.ThrowsAny<CryptographicException>(() => Protector(("k1", AesGcmCredentialProtector.GenerateKey())).Unprotect(bytes));
    }

    [Fact]
    public void After_rotation_old_data_still_decrypts_and_new_data_uses_the_current_key()
    {
        var oldKey = AesGcmCredentialProtector.GenerateKey();
        var newKey = AesGcmCredentialProtector.GenerateKey();
        var before = Protector(("2024", oldKey)).Protect(ApiKey);

        var rotated = new AesGcmCredentialProtector(Options("2025", ("2024", oldKey), ("2025", newKey)));
        var after = rotated.Protect(OAuth);

        Assert.Equal(ApiKey, rotated.Unprotect(before));
        Assert.Equal(OAuth, rotated.Unprotect(after));
        Assert.Equal(OAuth, Protector(("2025", newKey)).Unprotect(after));
        Assert.ThrowsAny<CryptographicException>(() => Protector(("2024", oldKey)).Unprotect(after));
    }

    [Fact]
    public void An_ephemeral_protector_round_trips_but_its_data_is_unreadable_to_another()
    {
        var first = AesGcmCredentialProtector.CreateEphemeral();
        var bytes = first.Protect(OAuth);

        Assert.Equal(OAuth, first.Unprotect(bytes));
        Assert.ThrowsAny<CryptographicException>(() => AesGcmCredentialProtector.CreateEphemeral().Unprotect(bytes));
    }

    [Fact]
    public void Invalid_keys_are_refused_naming_the_configuration_key_but_not_the_value()
    {
        var tooShort = Convert.ToBase64String(new byte[16]);

        var error = Assert.Throws<InvalidOperationException>(() => Protector(("k1", tooShort)));
        Assert.Contains("Kombo:Credentials:Keys:k1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(tooShort, error.Message, StringComparison.Ordinal);

        var unnamed = Assert.Throws<InvalidOperationException>(() => new AesGcmCredentialProtector(
            Options(null, ("a", AesGcmCredentialProtector.GenerateKey()), ("b", AesGcmCredentialProtector.GenerateKey()))));
        Assert.Contains("Kombo:Credentials:CurrentKeyId", unnamed.Message, StringComparison.Ordinal);
    }

    private static AesGcmCredentialProtector Protector((string Id, string Key) key) => new(Options(null, key));

    private static CredentialProtectionOptions Options(string? current, params (string Id, string Key)[] keys)
    {
        var options = new CredentialProtectionOptions { CurrentKeyId = current };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return options;
    }
}
