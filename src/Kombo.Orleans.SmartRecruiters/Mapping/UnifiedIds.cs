using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Unified ids: deterministic from (integration, model, remote id), so re-syncs, restarts and other
/// silos produce the same id, and two integrations never share one. 24 base58 characters (no
/// look-alikes, never only hex) drawn from a SHA-256 of the three: four 6-character groups, each
/// from 64 bits of the hash reduced modulo 58^6 (about 140 bits in all).
/// </summary>
public static class UnifiedIds
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const ulong GroupRange = 58UL * 58 * 58 * 58 * 58 * 58;

    public static string For(string integrationId, string model, string remoteId)
    {
        var input = $"{integrationId}\u001f{model}\u001f{remoteId}";
        Span<byte> utf8 = input.Length <= 256 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(input.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(input.Length)];
        var length = Encoding.UTF8.GetBytes(input, utf8);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8[..length], hash);

        return string.Create(24, hash.ToArray(), static (id, bytes) =>
        {
            for (var group = 0; group < 4; group++)
            {
                var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(group * 8)) % GroupRange;
                for (var i = 0; i < 6; i++)
                {
                    id[group * 6 + i] = Alphabet[(int)(value % 58)];
                    value /= 58;
                }
            }
        });
    }
}
