using System.Buffers.Binary;

namespace SmartRecruiters.Simulator.Data.Generation;

/// <summary>
/// Ids of lazily generated records (candidates and what hangs off them) are UUIDv4s that carry the
/// record's position, so a request for any id finds its record without an index of a million
/// entries. The position is masked with a keyed value so ids look random, and a keyed check makes
/// ids of other accounts, and made-up ids, decode as unknown.
/// </summary>
public sealed class IdCodec(ulong accountSeed)
{
    public const byte Candidate = 1;
    public const byte Application = 2;
    public const byte Interview = 3;
    public const byte Timeslot = 4;
    public const byte Offer = 5;

    private const int PayloadLength = 10;

    public string Encode(byte kind, int index, int sub1 = 0, int sub2 = 0, int sub3 = 0)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, index);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[4..], (ushort)accountSeed);
        bytes[6] = kind;
        bytes[7] = (byte)(0x40 | (sub1 & 0x0F)); // version 4 in the high nibble
        bytes[8] = (byte)(0x80 | (sub2 & 0x3F)); // RFC 4122 variant in the high bits
        bytes[9] = (byte)sub3;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) & 0xFFFF | (Check(bytes[..PayloadLength]) << 16));
        ApplyMask(bytes);
        return new Guid(bytes).ToString();
    }

    public bool TryDecode(string? id, byte expectedKind, out int index, out int sub1, out int sub2, out int sub3)
    {
        index = sub1 = sub2 = sub3 = 0;
        if (!Guid.TryParseExact(id, "D", out var guid))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes);
        ApplyMask(bytes);
        var check = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) >> 16;
        if (bytes[6] != expectedKind || (bytes[7] >> 4) != 4 || (bytes[8] >> 6) != 2 || check != Check(bytes[..PayloadLength]))
        {
            return false;
        }

        index = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        sub1 = bytes[7] & 0x0F;
        sub2 = bytes[8] & 0x3F;
        sub3 = bytes[9];
        return index >= 0;
    }

    /// <summary>48 keyed bits over the 10 payload bytes.</summary>
    private ulong Check(ReadOnlySpan<byte> payload)
    {
        var low = BinaryPrimitives.ReadUInt64LittleEndian(payload);
        var high = BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]);
        return Rng.Mix(accountSeed ^ Rng.Mix(low ^ ((ulong)high << 48) ^ 0x51ED270B27BC1D5FUL)) & 0xFFFF_FFFF_FFFF;
    }

    /// <summary>XORs the payload bytes (except the version and variant bits) with a mask keyed by the check bytes: its own inverse.</summary>
    private void ApplyMask(Span<byte> bytes)
    {
        var check = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) >> 16;
        var mask = Rng.Mix(accountSeed ^ check ^ 0x2545F4914F6CDD1DUL);
        var mask2 = Rng.Mix(mask);
        for (var i = 0; i < 8; i++)
        {
            var m = (byte)(mask >> (8 * i));
            bytes[i] ^= i == 7 ? (byte)(m & 0x0F) : m;
        }

        bytes[8] ^= (byte)(mask2 & 0x3F);
        bytes[9] ^= (byte)(mask2 >> 8);
    }
}
