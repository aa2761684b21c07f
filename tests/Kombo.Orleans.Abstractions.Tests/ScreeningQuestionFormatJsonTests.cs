using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class ScreeningQuestionFormatJsonTests
{
    internal sealed record Example(ScreeningQuestionFormat Format, string Json);

    internal static readonly IReadOnlyDictionary<string, Example> Examples = new Dictionary<string, Example>
    {
        ["text"] = new(
            new TextQuestionFormat(TextDisplayType.MultiLine, 2000),
            """{"type":"TEXT","display_type":"MULTI_LINE","max_length":2000}"""),
        ["text_without_details"] = new(
            new TextQuestionFormat(null, null),
            """{"type":"TEXT","display_type":null,"max_length":null}"""),
        ["number"] = new(
            new NumberQuestionFormat(NumberDisplayType.Slider, 0m, 10.5m),
            """{"type":"NUMBER","display_type":"SLIDER","min":0,"max":10.5}"""),
        ["number_without_details"] = new(
            new NumberQuestionFormat(null, null, null),
            """{"type":"NUMBER","display_type":null,"min":null,"max":null}"""),
        ["file"] = new(
            new FileQuestionFormat(["application/pdf", "image/png"], 5_242_880),
            """{"type":"FILE","accepted_mime_types":["application/pdf","image/png"],"max_file_size_bytes":5242880}"""),
        ["file_without_details"] = new(
            new FileQuestionFormat([], null),
            """{"type":"FILE","accepted_mime_types":[],"max_file_size_bytes":null}"""),
        ["single_select"] = new(
            new SingleSelectQuestionFormat(SelectDisplayType.Dropdown, [new QuestionOption("o1", "ro1", "Junior"), new QuestionOption("o2", null, "Senior")]),
            """{"type":"SINGLE_SELECT","display_type":"DROPDOWN","options":[{"id":"o1","remote_id":"ro1","name":"Junior"},{"id":"o2","remote_id":null,"name":"Senior"}]}"""),
        ["multi_select"] = new(
            new MultiSelectQuestionFormat([new QuestionOption("o3", "ro3", "German")]),
            """{"type":"MULTI_SELECT","options":[{"id":"o3","remote_id":"ro3","name":"German"}]}"""),
        ["boolean"] = new(new BooleanQuestionFormat(), """{"type":"BOOLEAN"}"""),
        ["date"] = new(new DateQuestionFormat(), """{"type":"DATE"}"""),
        ["information"] = new(new InformationQuestionFormat(), """{"type":"INFORMATION"}"""),
        ["unknown"] = new(
            new UnknownQuestionFormat(RawJson.Parse("""{"type":"UPLOAD","label":"CV"}""")),
            """{"type":"UNKNOWN","raw_question":{"type":"UPLOAD","label":"CV"}}"""),
        ["unknown_without_question"] = new(
            new UnknownQuestionFormat(null),
            """{"type":"UNKNOWN","raw_question":null}"""),
    };

    public static TheoryData<string> Cases => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void format_variant_serializes_flat_with_its_type_and_fields(string name)
    {
        var example = Examples[name];

        Assert.Equal(example.Json, Json.Write<ScreeningQuestionFormat>(example.Format));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void format_variant_serializes_the_same_when_typed_as_itself(string name)
    {
        var example = Examples[name];

        Assert.Equal(example.Json, Json.Write((object)example.Format));
        Assert.Equal(example.Json, JsonSerializer.Serialize(example.Format, example.Format.GetType()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void format_variant_reads_back_as_the_same_variant(string name)
    {
        var example = Examples[name];

        var read = Json.Read<ScreeningQuestionFormat>(example.Json);

        Assert.IsType(example.Format.GetType(), read);
        Assert.Equal(example.Json, Json.Write(read));
    }

    [Fact]
    public void every_format_variant_and_type_has_an_example()
    {
        var variants = typeof(ScreeningQuestionFormat).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ScreeningQuestionFormat)));

        Assert.Equal(
            variants.Select(type => type.Name).Order(StringComparer.Ordinal),
            Examples.Values.Select(example => example.Format.GetType()).Distinct().Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ScreeningQuestionType.All.Order(StringComparer.Ordinal),
            Examples.Values.Select(example => example.Format.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void format_inside_a_question_is_written_flat()
    {
        var json = Json.WriteObject(Samples.Full["screening_questions"]);

        Assert.Equal("SINGLE_SELECT", json["format"]!["type"]!.GetValue<string>());
        Assert.Equal("RADIO", json["format"]!["display_type"]!.GetValue<string>());
        Assert.Equal(2, json["format"]!["options"]!.AsArray().Count);
    }

    [Fact]
    public void format_type_may_follow_the_fields_when_read()
    {
        var read = Json.Read<ScreeningQuestionFormat>("""{"max_length":12,"display_type":"EMAIL","type":"TEXT"}""");

        Assert.Equal(new TextQuestionFormat(TextDisplayType.Email, 12), read);
    }

    [Fact]
    public void format_with_an_unrecognised_type_reads_as_unknown_holding_the_object()
    {
        const string source = """{"type":"SIGNATURE","pad":true}""";

        var read = Assert.IsType<UnknownQuestionFormat>(Json.Read<ScreeningQuestionFormat>(source));

        Assert.Equal(source, read.RawQuestion!.Value.Json);
    }

    [Fact]
    public void select_format_without_options_reads_as_empty_options()
    {
        var read = Assert.IsType<MultiSelectQuestionFormat>(Json.Read<ScreeningQuestionFormat>("""{"type":"MULTI_SELECT"}"""));

        Assert.Empty(read.Options);
    }

    [Fact]
    public void asking_for_one_variant_and_reading_another_fails()
    {
        Assert.ThrowsAny<JsonException>(() => Json.Read<TextQuestionFormat>("""{"type":"DATE"}"""));
    }
}
