using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A payload as both stores keep it: a JSON object without the store-owned top-level <c>changed_at</c> and
/// <c>remote_deleted_at</c>, with a top-level <c>remote_data</c> moved to the end, and two hashes (each the
/// first 16 bytes of SHA-256): <see cref="ContentHash"/> over the object without <c>remote_data</c>, which
/// decides whether the record changed, and <see cref="PayloadHash"/> over exactly <see cref="Json"/>, which
/// decides whether the stored copy must be rewritten.
/// </summary>
public sealed class NormalizedPayload
{
    private static readonly JsonEncodedText[] StoreOwned = [JsonEncodedText.Encode("changed_at"), JsonEncodedText.Encode("remote_deleted_at")];
    private static readonly JsonEncodedText RemoteData = JsonEncodedText.Encode("remote_data");

    private NormalizedPayload(byte[] json, byte[] contentHash, byte[] payloadHash)
    {
        Json = json;
        ContentHash = contentHash;
        PayloadHash = payloadHash;
    }

    public byte[] Json { get; }

    /// <summary>
    /// The hash of the record's unified projection: <see cref="Json"/> without <c>remote_data</c>. The raw
    /// source JSON changes with things the projection ignores (a tag renamed only in case, a volatile field),
    /// and such a change must not move <c>changed_at</c> (docs/record-store.md).
    /// </summary>
    public byte[] ContentHash { get; }

    /// <summary>The hash of <see cref="Json"/>, <c>remote_data</c> included; equal to <see cref="ContentHash"/> when there is none.</summary>
    public byte[] PayloadHash { get; }

    /// <exception cref="ArgumentException">The payload is not one well-formed JSON object.</exception>
    public static NormalizedPayload From(ReadOnlyMemory<byte> payload, string recordId)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, payload.Length));
        int contentLength;
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"The payload of record '{recordId}' is a JSON {document.RootElement.ValueKind}, not an object.");
            }

            using var writer = new Utf8JsonWriter(buffer);
            writer.WriteStartObject();
            var remoteData = false;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals(RemoteData.EncodedUtf8Bytes))
                {
                    remoteData = true;
                }
                else if (!IsStoreOwned(property))
                {
                    property.WriteTo(writer);
                }
            }

            // remote_data goes last, so the bytes before it plus the closing brace are the object without it:
            // one serialisation gives both hashes, wherever the mapper put the property.
            writer.Flush();
            contentLength = (int)writer.BytesCommitted;
            if (remoteData)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.NameEquals(RemoteData.EncodedUtf8Bytes))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            writer.WriteEndObject();
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The payload of record '{recordId}' is not well-formed JSON: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonWriter refuses text it cannot write back as UTF-8, e.g. a lone surrogate escape ("\ud800").
            throw new ArgumentException($"The payload of record '{recordId}' holds text that is not valid Unicode: {ex.Message}", ex);
        }

        var json = buffer.WrittenSpan.ToArray();
        var payloadHash = Hash(json);
        return new NormalizedPayload(json, contentLength == json.Length - 1 ? payloadHash : ContentHashOf(json.AsSpan(0, contentLength)), payloadHash);
    }

    private static byte[] Hash(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes)[..16];

    private static byte[] ContentHashOf(ReadOnlySpan<byte> withoutClosingBrace)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(withoutClosingBrace);
        hash.AppendData("}"u8);
        return hash.GetHashAndReset()[..16];
    }

    private static bool IsStoreOwned(JsonProperty property)
    {
        foreach (var name in StoreOwned)
        {
            if (property.NameEquals(name.EncodedUtf8Bytes))
            {
                return true;
            }
        }

        return false;
    }
}
