using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// System.Text.Json for <see cref="ScreeningQuestionAnswer"/> and each of its variants, in Kombo's nested
/// shape <c>{"question":{"remote_id","title","type"},"answer":{…}}</c> with exactly Kombo's keys (nulls
/// included), whatever the naming policy. Reading dispatches on <c>question.type</c>; a type no variant has
/// (FILE, say) reads as <see cref="UnknownScreeningQuestionAnswer"/> holding the whole <c>answer</c> object;
/// a missing <c>choices</c> reads as empty.
/// </summary>
public sealed class ScreeningQuestionAnswerJsonConverter : VariantJsonConverterFactory<ScreeningQuestionAnswer>
{
    private protected override ScreeningQuestionAnswer ReadVariant(JsonElement element) => Read(element);

    private protected override void WriteVariant(Utf8JsonWriter writer, ScreeningQuestionAnswer value) => Write(writer, value);

    private protected override string Describe(ScreeningQuestionAnswer value) => $"a {value.Type} answer";

    internal static ScreeningQuestionAnswer Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A screening question answer must be an object, got {element.ValueKind}.");
        }

        var question = JsonElementReader.Member(element, "question")
            ?? throw new JsonException("A screening question answer needs a 'question'.");
        var remoteId = JsonElementReader.String(question, "remote_id");
        var title = JsonElementReader.String(question, "title")
            ?? throw new JsonException("A screening question answer needs a 'question.title'.");
        var answer = JsonElementReader.Member(element, "answer") ?? default;

        return JsonElementReader.String(question, "type") switch
        {
            ScreeningQuestionType.Text => new TextScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.String(answer, "content")),
            ScreeningQuestionType.SingleSelect => new SingleSelectScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.String(answer, "choice")),
            ScreeningQuestionType.MultiSelect => new MultiSelectScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.Strings(answer, "choices")),
            ScreeningQuestionType.Boolean => new BooleanScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.Boolean(answer, "checked")),
            ScreeningQuestionType.Number => new NumberScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.Decimal(answer, "number")),
            ScreeningQuestionType.Date => new DateScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.Timestamp(answer, "date")),
            null or ScreeningQuestionType.Unknown => new UnknownScreeningQuestionAnswer(
                remoteId, title, JsonElementReader.Raw(answer, "raw")),
            _ => new UnknownScreeningQuestionAnswer(
                remoteId, title, answer.ValueKind == JsonValueKind.Undefined ? null : RawJson.FromElement(answer)),
        };
    }

    internal static void Write(Utf8JsonWriter writer, ScreeningQuestionAnswer value)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("question");
        writer.WriteString("remote_id", value.QuestionRemoteId);
        writer.WriteString("title", value.QuestionTitle);
        writer.WriteString("type", value.Type);
        writer.WriteEndObject();
        writer.WriteStartObject("answer");
        switch (value)
        {
            case TextScreeningQuestionAnswer text:
                writer.WriteString("content", text.Content);
                break;
            case SingleSelectScreeningQuestionAnswer singleSelect:
                writer.WriteString("choice", singleSelect.Choice);
                break;
            case MultiSelectScreeningQuestionAnswer multiSelect:
                writer.WriteStartArray("choices");
                foreach (var choice in multiSelect.Choices)
                {
                    writer.WriteStringValue(choice);
                }

                writer.WriteEndArray();
                break;
            case BooleanScreeningQuestionAnswer boolean when boolean.Checked is { } isChecked:
                writer.WriteBoolean("checked", isChecked);
                break;
            case BooleanScreeningQuestionAnswer:
                writer.WriteNull("checked");
                break;
            case NumberScreeningQuestionAnswer number when number.Number is { } amount:
                writer.WriteNumber("number", amount);
                break;
            case NumberScreeningQuestionAnswer:
                writer.WriteNull("number");
                break;
            case DateScreeningQuestionAnswer date when date.Date is { } day:
                writer.WriteString("date", UnifiedTimestampConverter.ToText(day));
                break;
            case DateScreeningQuestionAnswer:
                writer.WriteNull("date");
                break;
            case UnknownScreeningQuestionAnswer unknown:
                writer.WritePropertyName("raw");
                writer.WriteRawValue((unknown.Raw ?? RawJson.Null).Text, skipInputValidation: false);
                break;
            default:
                throw new JsonException($"Unknown screening question answer variant {value.GetType()}.");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
