using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Grains.Steps.Candidates;

/// <summary>
/// The tag strings one candidate carries, spelled as SmartRecruiters sent them: the payload of an
/// <see cref="Sync.InternalScopes.TagSpellings"/> record, which the tags step derives every tag from.
/// </summary>
public sealed record TagSpellings([property: JsonPropertyName("tags")] IReadOnlyList<string> Tags)
{
    public byte[] ToPayload() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <exception cref="JsonException">The payload is not a tag spellings record.</exception>
    public static TagSpellings Parse(ReadOnlyMemory<byte> payload) =>
        JsonSerializer.Deserialize<TagSpellings>(payload.Span) is { Tags: not null } spellings
            ? spellings
            : throw new JsonException("A tag spellings record without tags.");
}
