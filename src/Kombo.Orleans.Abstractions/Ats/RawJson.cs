// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// One JSON value (object, array, string, number, boolean or null) kept as its raw text: the values of
/// <c>remote_data</c> (keyed by the source API path) and of <c>custom_fields</c>, an integration field's
/// value, and the free-form parts of screening questions. System.Text.Json writes it as the JSON value
/// itself, not as a string, and reads any JSON value into it (<see cref="RawJsonConverter"/>).
/// </summary>
/// <remarks>
/// A value type, so a <c>RawJson?</c> member distinguishes "absent" (null) from a present JSON <c>null</c>,
/// and a dictionary value can hold JSON <c>null</c>. <c>default(RawJson)</c> stands for JSON <c>null</c>.
/// Equality compares the text ordinally: the same value written differently is a different <see cref="RawJson"/>.
/// </remarks>
/// <param name="Json">The JSON text. It is not validated here (see <see cref="Parse"/>); it is validated when written.</param>
[GenerateSerializer, Immutable, Alias("kombo.ats.raw_json")]
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(string Json)
{
    private static readonly JsonSerializerOptions LiteralOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>JSON <c>null</c>.</summary>
    public static RawJson Null { get; } = new("null");

    /// <summary>The JSON text; JSON <c>null</c> for <c>default(RawJson)</c>.</summary>
    public string Text => Json ?? "null";

    /// <summary>Whether the value is JSON <c>null</c>.</summary>
    public bool IsNull => Json is null || Json.AsSpan().Trim() is "null";

    /// <summary>Validates <paramref name="json"/> as one JSON value and wraps it as given.</summary>
    /// <exception cref="JsonException">The text is not exactly one JSON value.</exception>
    public static RawJson Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return new RawJson(json);
    }

    /// <summary>Wraps the raw text of <paramref name="element"/>.</summary>
    public static RawJson FromElement(JsonElement element) => new(element.GetRawText());

    /// <summary>A JSON string literal holding <paramref name="value"/> (e.g. <c>"XL"</c>).</summary>
    public static RawJson FromString(string value) => new(JsonSerializer.Serialize(value, LiteralOptions));

    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    public static RawJson FromBoolean(bool value) => new(value ? "true" : "false");

    /// <summary>Serializes <paramref name="value"/> (with <paramref name="options"/>, else <see cref="UnifiedJson.Options"/>).</summary>
    public static RawJson Serialize<T>(T value, JsonSerializerOptions? options = null) =>
        new(JsonSerializer.Serialize(value, options ?? UnifiedJson.Options));

    /// <summary>The value as a <see cref="JsonElement"/> (independent of any document).</summary>
    public JsonElement ToElement()
    {
        using var document = JsonDocument.Parse(Text);
        return document.RootElement.Clone();
    }

    /// <summary>Deserializes the value (with <paramref name="options"/>, else <see cref="UnifiedJson.Options"/>).</summary>
    public T? Deserialize<T>(JsonSerializerOptions? options = null) =>
        JsonSerializer.Deserialize<T>(Text, options ?? UnifiedJson.Options);

    /// <summary>The JSON text.</summary>
    public override string ToString() => Text;
}
