using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;

namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A keyset position: the last record's (<see cref="StoredRecord.UpdatedAt"/>, id). Callers see it only as an
/// opaque string (<see cref="Encode"/>); <see cref="TryDecode"/> rejects anything it did not make.
/// </summary>
public sealed record RecordCursor(DateTimeOffset UpdatedAt, string Id)
{
    private const byte FormatVersion = 1;

    public string Encode()
    {
        var id = Encoding.UTF8.GetBytes(Id);
        var bytes = new byte[1 + sizeof(long) + id.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), UpdatedAt.UtcTicks);
        id.CopyTo(bytes, 1 + sizeof(long));
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string? text, out RecordCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 1024)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length <= 1 + sizeof(long) || bytes[0] != FormatVersion)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1));
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        string id;
        try
        {
            id = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 1 + sizeof(long), bytes.Length - 1 - sizeof(long));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        cursor = new RecordCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
