using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

/// <summary>Shortcuts over <see cref="UnifiedJson.Options"/>.</summary>
internal static class Json
{
    public static string Write(object value) => JsonSerializer.Serialize(value, value.GetType(), UnifiedJson.Options);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, UnifiedJson.Options);

    public static JsonObject WriteObject(object value) =>
        JsonNode.Parse(Write(value))?.AsObject() ?? throw new InvalidOperationException("not an object");

    public static object Read(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, UnifiedJson.Options) ?? throw new InvalidOperationException("null");

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, UnifiedJson.Options) ?? throw new InvalidOperationException("null");
}
