using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// System.Text.Json for a closed family of variants read by one dispatcher: the base type and every variant
/// go through <see cref="ReadVariant"/>/<see cref="WriteVariant"/>, so a variant serialised on its own keeps
/// the family's shape, and reading into a variant type fails clearly when the JSON holds another one.
/// </summary>
public abstract class VariantJsonConverterFactory<TBase> : JsonConverterFactory
    where TBase : class
{
    public sealed override bool CanConvert(Type typeToConvert) => typeof(TBase).IsAssignableFrom(typeToConvert);

    public sealed override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(VariantConverter<>).MakeGenericType(typeof(TBase), typeToConvert), this)!;

    private protected abstract TBase ReadVariant(JsonElement element);

    private protected abstract void WriteVariant(Utf8JsonWriter writer, TBase value);

    /// <summary>How an error names a variant that is not the one asked for, e.g. "a TEXT answer".</summary>
    private protected abstract string Describe(TBase value);

    private sealed class VariantConverter<T>(VariantJsonConverterFactory<TBase> family) : JsonConverter<T>
        where T : TBase
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var value = family.ReadVariant(document.RootElement);
            return value is T variant ? variant : throw new JsonException($"Expected a {typeof(T).Name}, got {family.Describe(value)}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => family.WriteVariant(writer, value);
    }
}
