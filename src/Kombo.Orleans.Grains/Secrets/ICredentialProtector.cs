using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.Secrets;

/// <summary>Encrypts SmartRecruiters credentials for grain state, and decrypts them for a sync (in memory only).</summary>
public interface ICredentialProtector
{
    byte[] Protect(IntegrationCredentials credentials);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The data was not protected with a key this host has, or was altered.</exception>
    IntegrationCredentials Unprotect(byte[] protectedCredentials);
}
