using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Kombo.Orleans.Silo.Apis.OpenApi;

/// <summary>
/// A small vocabulary for hand-written JSON schemas: the ATS results are written as raw JSON, so no .NET type
/// describes them and the document has to say what their keys are.
/// </summary>
internal static class Schemas
{
    /// <summary>A key that is always present; <see cref="Optional"/> marks one that may be left out.</summary>
    public sealed record Key(string Name, IOpenApiSchema Schema, bool Required = true);

    public static Key K(string name, IOpenApiSchema schema) => new(name, schema);

    public static Key Optional(string name, IOpenApiSchema schema) => new(name, schema, Required: false);

    /// <summary>An object with exactly these documented keys; extra keys are allowed (Kombo's SDK ignores them).</summary>
    public static OpenApiSchema Object(params Key[] keys) => Object(nullable: false, keys);

    public static OpenApiSchema NullableObject(params Key[] keys) => Object(nullable: true, keys);

    public static OpenApiSchema Id() => new() { Type = JsonSchemaType.String };

    public static OpenApiSchema String(string? description = null) => Nullable(JsonSchemaType.String, description);

    public static OpenApiSchema Boolean() => Nullable(JsonSchemaType.Boolean);

    public static OpenApiSchema Number() => Nullable(JsonSchemaType.Number);

    /// <summary>An ISO-8601 instant that may be null.</summary>
    public static OpenApiSchema DateTime() => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" };

    /// <summary>An ISO-8601 instant that is always present (<c>changed_at</c>).</summary>
    public static OpenApiSchema RequiredDateTime() => new() { Type = JsonSchemaType.String, Format = "date-time" };

    /// <summary>A closed enum: only these values or null.</summary>
    public static OpenApiSchema Enum(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Null,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)), null!],
    };

    /// <summary>
    /// Kombo's open enums: these values are the known ones, but a client must accept any other string too, so the
    /// schema does not restrict them.
    /// </summary>
    public static OpenApiSchema OpenEnum(IEnumerable<string> known) =>
        String("Open enum; known values: " + string.Join(", ", known) + ". Other strings may appear.");

    public static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    public static OpenApiSchema ArrayOfEnum(IEnumerable<string> values) =>
        Array(new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] });

    /// <summary>Free-form values keyed by name (<c>custom_fields</c>, <c>remote_data</c>).</summary>
    public static OpenApiSchema Record(string description) => new()
    {
        Type = JsonSchemaType.Object | JsonSchemaType.Null,
        Description = description,
        AdditionalPropertiesAllowed = true,
    };

    /// <summary>Any JSON value.</summary>
    public static OpenApiSchema Any(string description) => new() { Description = description };

    public static OpenApiSchema ConstString(string value) => new() { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)] };

    public static OpenApiSchemaReference Ref(string name) => new(name);

    private static OpenApiSchema Nullable(JsonSchemaType type, string? description = null) =>
        new() { Type = type | JsonSchemaType.Null, Description = description };

    private static OpenApiSchema Object(bool nullable, Key[] keys) => new()
    {
        Type = nullable ? JsonSchemaType.Object | JsonSchemaType.Null : JsonSchemaType.Object,
        Properties = keys.ToDictionary(k => k.Name, k => k.Schema, StringComparer.Ordinal),
        Required = keys.Where(k => k.Required).Select(k => k.Name).ToHashSet(StringComparer.Ordinal),
    };
}
