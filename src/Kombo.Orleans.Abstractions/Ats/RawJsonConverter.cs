using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// Writes a <see cref="RawJson"/> as the JSON value it holds (not as a string) and reads any JSON value,
/// JSON <c>null</c> included, into one. A <c>RawJson?</c> member reads JSON <c>null</c> as C# null.
/// </summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return RawJson.FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(value.Text, skipInputValidation: false);
    }
}
