using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// Reads a field SmartRecruiters documents as a string but that may come as a JSON number
/// (job and posting <c>latitude</c>/<c>longitude</c>): a number is kept as its JSON text, any
/// other JSON type is skipped and read as null.
/// </summary>
public sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.HasValueSequence
                    ? Encoding.UTF8.GetString(reader.ValueSequence)
                    : Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
