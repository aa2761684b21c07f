using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Kombo.Orleans.Storage.Records;

/// <summary>
/// A payload as both stores keep it: a JSON object without the store-owned top-level <c>changed_at</c> and
/// <c>remote_deleted_at</c>, and the hash of exactly those bytes (the first 16 bytes of SHA-256).
/// </summary>
public sealed class NormalizedPayload
{
    private static readonly JsonEncodedText[] StoreOwned = [JsonEncodedText.Encode("changed_at"), JsonEncodedText.Encode("remote_deleted_at")];

    private NormalizedPayload(byte[] json, byte[] hash)
    {
        Json = json;
        Hash = hash;
    }

    public byte[] Json { get; }

    public byte[] Hash { get; }

    /// <exception cref="ArgumentException">The payload is not one well-formed JSON object.</exception>
    public static NormalizedPayload From(ReadOnlyMemory<byte> payload, string recordId)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, payload.Length));
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"The payload of record '{recordId}' is a JSON {document.RootElement.ValueKind}, not an object.");
            }

            using var writer = new Utf8JsonWriter(buffer);
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!IsStoreOwned(property))
                {
                    property.WriteTo(writer);
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
        return new NormalizedPayload(json, SHA256.HashData(json)[..16]);
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
