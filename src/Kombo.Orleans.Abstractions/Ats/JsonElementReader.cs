using System.Text.Json;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>Lenient reads of optional members of a <see cref="JsonElement"/> for the hand-written converters.</summary>
internal static class JsonElementReader
{
    public static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? String(JsonElement element, string name) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        var value => throw Mismatch(name, "a string", value.Value),
    };

    public static bool? Boolean(JsonElement element, string name) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        var value => throw Mismatch(name, "a boolean", value.Value),
    };

    public static decimal? Decimal(JsonElement element, string name) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
        var value => throw Mismatch(name, "a decimal number", value.Value),
    };

    public static int? Int32(JsonElement element, string name) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        var value => throw Mismatch(name, "a 32-bit integer", value.Value),
    };

    public static long? Int64(JsonElement element, string name) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) => number,
        var value => throw Mismatch(name, "a 64-bit integer", value.Value),
    };

    public static DateTimeOffset? Timestamp(JsonElement element, string name)
    {
        var text = String(element, name);
        try
        {
            return text is null ? null : UnifiedTimestampConverter.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException($"'{name}' is not an ISO-8601 timestamp: '{text}'.", e);
        }
    }

    /// <summary>The member as raw JSON; absent stays null, a present JSON <c>null</c> too (Kombo does not tell them apart).</summary>
    public static RawJson? Raw(JsonElement element, string name) =>
        Member(element, name) is { } value ? RawJson.FromElement(value) : null;

    /// <summary>An array of strings; absent or null is empty.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string name)
    {
        if (Member(element, name) is not { } array)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch(name, "an array", array);
        }

        var result = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            result.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Mismatch(name, "an array of strings", array));
        }

        return result;
    }

    /// <summary>An array of objects read with <paramref name="read"/>; absent or null is empty.</summary>
    public static IReadOnlyList<T> Objects<T>(JsonElement element, string name, Func<JsonElement, T> read)
    {
        if (Member(element, name) is not { } array)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch(name, "an array", array);
        }

        var result = new List<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            result.Add(item.ValueKind == JsonValueKind.Object ? read(item) : throw Mismatch(name, "an array of objects", array));
        }

        return result;
    }

    private static JsonException Mismatch(string name, string expected, JsonElement actual) =>
        new($"'{name}' must be {expected}, got {actual.ValueKind}.");
}
