using System.Buffers.Text;
using System.Text;

namespace SmartRecruiters.Simulator.Api;

/// <summary>
/// Opaque page ids: base64 of "kind:position:check", so clients cannot forge or mix them up;
/// a tampered or foreign id is <c>INVALID_PAGE_ID</c>, as SmartRecruiters answers.
/// </summary>
public static class Cursor
{
    public static string Encode(string kind, long position)
    {
        var payload = $"{kind}:{position}:{Check(kind, position)}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
    }

    public static bool TryDecode(string? pageId, string kind, out long position)
    {
        position = 0;
        if (string.IsNullOrEmpty(pageId))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[Base64.GetMaxDecodedFromUtf8Length(pageId.Length)];
        if (!Convert.TryFromBase64String(pageId, buffer, out var written))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(buffer[..written]).Split(':');
        return parts.Length == 3 && parts[0] == kind
            && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out position)
            && position >= 0 && parts[2] == Check(kind, position);
    }

    private static string Check(string kind, long position) =>
        (Data.Generation.Rng.Hash(kind) ^ Data.Generation.Rng.Mix((ulong)position)).ToString("x8")[..8];
}
