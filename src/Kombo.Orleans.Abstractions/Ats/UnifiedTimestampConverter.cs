using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// Writes timestamps as Kombo does: ISO-8601 in UTC with milliseconds, <c>2024-03-05T12:31:10.447Z</c>
/// (sub-millisecond precision is truncated). Reads any ISO-8601 date-time (a missing offset means UTC);
/// a date alone reads as midnight UTC of that date. Applies to <see cref="DateTimeOffset"/> and, through
/// System.Text.Json's nullable wrapping, to <c>DateTimeOffset?</c> (null is written as JSON <c>null</c>).
/// </summary>
public sealed class UnifiedTimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The custom format string of the written form.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The written form of <paramref name="value"/>, e.g. <c>2024-03-05T12:31:10.447Z</c>.</summary>
    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO-8601 date-time or date; a value without offset is taken as UTC.</summary>
    /// <exception cref="FormatException">The text is not a date-time.</exception>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).ToUniversalTime();

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string, got {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        try
        {
            return Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException($"'{text}' is not an ISO-8601 timestamp.", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[32];
        if (value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(ToText(value));
        }
    }
}
