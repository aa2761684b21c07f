namespace Kombo.Orleans.Tests.Queries;

using System.Text.Json;

/// <summary>Short reads of result fields for assertions.</summary>
public static class JsonFields
{
    public static string? Str(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    public static JsonElement? Obj(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static JsonElement Payload(this Kombo.Orleans.Storage.Records.StoredRecord record) =>
        JsonSerializer.Deserialize<JsonElement>(record.Payload.Span);
}
