using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// System.Text.Json for <see cref="ScreeningQuestionFormat"/> and each of its variants: a variant is written
/// flat with its <c>type</c> first and exactly Kombo's keys (nulls included), whatever the naming policy;
/// reading dispatches on <c>type</c> (in any position). A <c>type</c> no variant has, or none, reads as
/// <see cref="UnknownQuestionFormat"/> holding the whole object; missing lists read as empty.
/// </summary>
public sealed class ScreeningQuestionFormatJsonConverter : VariantJsonConverterFactory<ScreeningQuestionFormat>
{
    private protected override ScreeningQuestionFormat ReadVariant(JsonElement element) => Read(element);

    private protected override void WriteVariant(Utf8JsonWriter writer, ScreeningQuestionFormat value) => Write(writer, value);

    private protected override string Describe(ScreeningQuestionFormat value) => $"a {value.Type} format";

    internal static ScreeningQuestionFormat Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A screening question format must be an object, got {element.ValueKind}.");
        }

        return JsonElementReader.String(element, "type") switch
        {
            ScreeningQuestionType.Text => new TextQuestionFormat(
                JsonElementReader.String(element, "display_type"),
                JsonElementReader.Int32(element, "max_length")),
            ScreeningQuestionType.Number => new NumberQuestionFormat(
                JsonElementReader.String(element, "display_type"),
                JsonElementReader.Decimal(element, "min"),
                JsonElementReader.Decimal(element, "max")),
            ScreeningQuestionType.File => new FileQuestionFormat(
                JsonElementReader.Strings(element, "accepted_mime_types"),
                JsonElementReader.Int64(element, "max_file_size_bytes")),
            ScreeningQuestionType.SingleSelect => new SingleSelectQuestionFormat(
                JsonElementReader.String(element, "display_type"),
                JsonElementReader.Objects(element, "options", ReadOption)),
            ScreeningQuestionType.MultiSelect => new MultiSelectQuestionFormat(
                JsonElementReader.Objects(element, "options", ReadOption)),
            ScreeningQuestionType.Boolean => new BooleanQuestionFormat(),
            ScreeningQuestionType.Date => new DateQuestionFormat(),
            ScreeningQuestionType.Information => new InformationQuestionFormat(),
            ScreeningQuestionType.Unknown => new UnknownQuestionFormat(JsonElementReader.Raw(element, "raw_question")),
            _ => new UnknownQuestionFormat(RawJson.FromElement(element)),
        };
    }

    internal static void Write(Utf8JsonWriter writer, ScreeningQuestionFormat value)
    {
        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        switch (value)
        {
            case TextQuestionFormat text:
                writer.WriteString("display_type", text.DisplayType);
                WriteNumber(writer, "max_length", text.MaxLength);
                break;
            case NumberQuestionFormat number:
                writer.WriteString("display_type", number.DisplayType);
                WriteNumber(writer, "min", number.Min);
                WriteNumber(writer, "max", number.Max);
                break;
            case FileQuestionFormat file:
                writer.WriteStartArray("accepted_mime_types");
                foreach (var mimeType in file.AcceptedMimeTypes)
                {
                    writer.WriteStringValue(mimeType);
                }

                writer.WriteEndArray();
                WriteNumber(writer, "max_file_size_bytes", file.MaxFileSizeBytes);
                break;
            case SingleSelectQuestionFormat singleSelect:
                writer.WriteString("display_type", singleSelect.DisplayType);
                WriteOptions(writer, singleSelect.Options);
                break;
            case MultiSelectQuestionFormat multiSelect:
                WriteOptions(writer, multiSelect.Options);
                break;
            case UnknownQuestionFormat unknown:
                writer.WritePropertyName("raw_question");
                writer.WriteRawValue((unknown.RawQuestion ?? RawJson.Null).Text, skipInputValidation: false);
                break;
            case BooleanQuestionFormat or DateQuestionFormat or InformationQuestionFormat:
                break;
            default:
                throw new JsonException($"Unknown screening question format variant {value.GetType()}.");
        }

        writer.WriteEndObject();
    }

    private static QuestionOption ReadOption(JsonElement option) => new(
        JsonElementReader.String(option, "id") ?? throw new JsonException("A question option needs an 'id'."),
        JsonElementReader.String(option, "remote_id"),
        JsonElementReader.String(option, "name") ?? throw new JsonException("A question option needs a 'name'."));

    private static void WriteOptions(Utf8JsonWriter writer, IReadOnlyList<QuestionOption> options)
    {
        writer.WriteStartArray("options");
        foreach (var option in options)
        {
            writer.WriteStartObject();
            writer.WriteString("id", option.Id);
            writer.WriteString("remote_id", option.RemoteId);
            writer.WriteString("name", option.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
