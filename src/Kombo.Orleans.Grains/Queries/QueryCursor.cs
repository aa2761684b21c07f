using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Queries;

/// <summary>
/// The API's cursor: the store's keyset position behind a fingerprint of the integration and endpoint, so a cursor
/// handed out for one integration (or endpoint) cannot be replayed against another to read past its position.
/// The keyset (updated_at, id) keeps it stable while syncs write: a record that changes moves behind the cursor
/// and shows up again on a later page, none is skipped.
/// </summary>
internal static class QueryCursor
{
    private const byte FormatVersion = 1;
    private const int FingerprintLength = 12;

    public static string Encode(string integrationId, AtsEndpoint endpoint, RecordCursor position)
    {
        var inner = Encoding.UTF8.GetBytes(position.Encode());
        var bytes = new byte[1 + FingerprintLength + inner.Length];
        bytes[0] = FormatVersion;
        Fingerprint(integrationId, endpoint).CopyTo(bytes.AsSpan(1));
        inner.CopyTo(bytes.AsSpan(1 + FingerprintLength));
        return Base64Url.EncodeToString(bytes);
    }

    /// <exception cref="ArgumentException">The text is not a cursor, or one of another integration or endpoint.</exception>
    public static RecordCursor Decode(string integrationId, AtsEndpoint endpoint, string text)
    {
        byte[] bytes;
        try
        {
            bytes = text.Length <= 2048 ? Base64Url.DecodeFromChars(text) : [];
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length <= 1 + FingerprintLength || bytes[0] != FormatVersion)
        {
            throw new ArgumentException("The cursor is malformed; pass the 'next' value of a previous page unchanged.", "cursor");
        }

        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(1, FingerprintLength), Fingerprint(integrationId, endpoint)))
        {
            throw new ArgumentException($"The cursor belongs to another integration or endpoint than {integrationId}/{AtsEndpoints.Path(endpoint)}.", "cursor");
        }

        string inner;
        try
        {
            inner = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 1 + FingerprintLength, bytes.Length - 1 - FingerprintLength);
        }
        catch (DecoderFallbackException)
        {
            inner = string.Empty;
        }

        return RecordCursor.TryDecode(inner, out var position) && position is not null
            ? position
            : throw new ArgumentException("The cursor is malformed; pass the 'next' value of a previous page unchanged.", "cursor");
    }

    private static byte[] Fingerprint(string integrationId, AtsEndpoint endpoint) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{integrationId}\n{AtsEndpoints.Path(endpoint)}"))[..FingerprintLength];
}
