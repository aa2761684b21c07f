using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// The System.Text.Json settings of the unified model, as Kombo's API writes it:
/// <list type="bullet">
/// <item>snake_case names (<see cref="JsonNamingPolicy.SnakeCaseLower"/>; <c>[JsonPropertyName]</c> where Kombo
/// differs, e.g. <c>street_1</c>);</item>
/// <item>nulls written, never omitted (Kombo's nullable keys must be present);</item>
/// <item>timestamps as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC (<see cref="UnifiedTimestampConverter"/>);</item>
/// <item><see cref="RawJson"/> written as the raw JSON value (<see cref="RawJsonConverter"/>);</item>
/// <item>screening-question formats flat with their <c>type</c>, answers in Kombo's nested shape;</item>
/// <item>non-nullable members enforced: writing or reading null into one throws instead of producing JSON
/// Kombo's SDK would reject;</item>
/// <item>non-ASCII and HTML characters written as is (the output is <c>application/json</c>, never embedded
/// in HTML), so descriptions stay readable.</item>
/// </list>
/// The instance is read-only; copy it (<c>new JsonSerializerOptions(UnifiedJson.Options)</c>) to change anything.
/// </summary>
public static class UnifiedJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new UnifiedTimestampConverter());
        options.Converters.Add(new RawJsonConverter());
        options.Converters.Add(new ScreeningQuestionFormatJsonConverter());
        options.Converters.Add(new ScreeningQuestionAnswerJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
