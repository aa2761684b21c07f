using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Unified ids: deterministic from (integration, model, remote id), so re-syncs, restarts and other
/// silos produce the same id, and two integrations never share one. Base58 of a SHA-256 prefix:
/// 24 characters, no look-alike characters, never only hex.
/// </summary>
public static class UnifiedIds
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int Length = 24;

    public static string For(string integrationId, string model, string remoteId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{integrationId}\u001f{model}\u001f{remoteId}"), hash);
        Span<char> id = stackalloc char[Length];
        var value = new System.Numerics.BigInteger(hash[..18], isUnsigned: true);
        for (var i = 0; i < Length; i++)
        {
            value = System.Numerics.BigInteger.DivRem(value, 58, out var remainder);
            id[i] = Alphabet[(int)remainder];
        }

        return new string(id);
    }
}
