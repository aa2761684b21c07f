namespace Kombo.Orleans.Tests.Queries;

using System.Text.Json;

/// <summary>
/// A JSON shape as Kombo's SDK validates a response (kombo-sdk-shapes.md): for each key its JSON type, whether it
/// may be null and whether it may be absent. Extra keys pass, as they do in the SDK.
/// </summary>
public abstract record SdkShape(bool Nullable = false, bool Optional = false)
{
    public static SdkShape Str => new Leaf(JsonValueKind.String);

    public static SdkShape Num => new Leaf(JsonValueKind.Number);

    public static SdkShape Bool => new Leaf(JsonValueKind.True);

    /// <summary>Any JSON object (a record of custom fields).</summary>
    public static SdkShape Map => new Leaf(JsonValueKind.Object);

    public static SdkShape Anything => new AnyValue();

    public static SdkShape Obj(params (string Key, SdkShape Shape)[] fields) => new ObjectShape(fields);

    public static SdkShape Arr(SdkShape item) => new ArrayShape(item);

    public SdkShape OrNull => this with { Nullable = true };

    public SdkShape Opt => this with { Nullable = true, Optional = true };

    /// <summary>Adds what is wrong with <paramref name="value"/> at <paramref name="path"/> to <paramref name="errors"/>.</summary>
    public void Check(JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Nullable)
            {
                errors.Add($"{path} is null");
            }

            return;
        }

        CheckValue(value, path, errors);
    }

    protected abstract void CheckValue(JsonElement value, string path, List<string> errors);

    private sealed record Leaf(JsonValueKind Kind) : SdkShape
    {
        protected override void CheckValue(JsonElement value, string path, List<string> errors)
        {
            var kind = value.ValueKind == JsonValueKind.False ? JsonValueKind.True : value.ValueKind;
            if (kind != Kind)
            {
                errors.Add($"{path} is {value.ValueKind}, not {Kind}");
            }
        }
    }

    private sealed record AnyValue : SdkShape
    {
        protected override void CheckValue(JsonElement value, string path, List<string> errors)
        {
        }
    }

    private sealed record ArrayShape(SdkShape Item) : SdkShape
    {
        protected override void CheckValue(JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path} is {value.ValueKind}, not an array");
                return;
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Item.Check(item, $"{path}[{i++}]", errors);
            }
        }
    }

    private sealed record ObjectShape((string Key, SdkShape Shape)[] Fields) : SdkShape
    {
        protected override void CheckValue(JsonElement value, string path, List<string> errors)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path} is {value.ValueKind}, not an object");
                return;
            }

            foreach (var (key, shape) in Fields)
            {
                if (value.TryGetProperty(key, out var field))
                {
                    shape.Check(field, $"{path}.{key}", errors);
                }
                else if (!shape.Optional)
                {
                    errors.Add($"{path}.{key} is missing");
                }
            }
        }
    }
}
