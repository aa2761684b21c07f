using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class ScreeningQuestionAnswerJsonTests
{
    internal sealed record Example(ScreeningQuestionAnswer Answer, string Json);

    internal static readonly IReadOnlyDictionary<string, Example> Examples = new Dictionary<string, Example>
    {
        ["text"] = new(
            new TextScreeningQuestionAnswer("q1", "Why us?", "Because.\nReally."),
            """{"question":{"remote_id":"q1","title":"Why us?","type":"TEXT"},"answer":{"content":"Because.\nReally."}}"""),
        ["text_without_content"] = new(
            new TextScreeningQuestionAnswer(null, "Why us?", null),
            """{"question":{"remote_id":null,"title":"Why us?","type":"TEXT"},"answer":{"content":null}}"""),
        ["single_select"] = new(
            new SingleSelectScreeningQuestionAnswer("q2", "Seniority", "Senior"),
            """{"question":{"remote_id":"q2","title":"Seniority","type":"SINGLE_SELECT"},"answer":{"choice":"Senior"}}"""),
        ["single_select_without_choice"] = new(
            new SingleSelectScreeningQuestionAnswer("q2", "Seniority", null),
            """{"question":{"remote_id":"q2","title":"Seniority","type":"SINGLE_SELECT"},"answer":{"choice":null}}"""),
        ["multi_select"] = new(
            new MultiSelectScreeningQuestionAnswer("q3", "Languages", ["German", "English"]),
            """{"question":{"remote_id":"q3","title":"Languages","type":"MULTI_SELECT"},"answer":{"choices":["German","English"]}}"""),
        ["multi_select_without_choices"] = new(
            new MultiSelectScreeningQuestionAnswer("q3", "Languages", []),
            """{"question":{"remote_id":"q3","title":"Languages","type":"MULTI_SELECT"},"answer":{"choices":[]}}"""),
        ["boolean"] = new(
            new BooleanScreeningQuestionAnswer("q4", "Work permit?", false),
            """{"question":{"remote_id":"q4","title":"Work permit?","type":"BOOLEAN"},"answer":{"checked":false}}"""),
        ["boolean_unanswered"] = new(
            new BooleanScreeningQuestionAnswer("q4", "Work permit?", null),
            """{"question":{"remote_id":"q4","title":"Work permit?","type":"BOOLEAN"},"answer":{"checked":null}}"""),
        ["number"] = new(
            new NumberScreeningQuestionAnswer("q5", "Years", 7.5m),
            """{"question":{"remote_id":"q5","title":"Years","type":"NUMBER"},"answer":{"number":7.5}}"""),
        ["number_unanswered"] = new(
            new NumberScreeningQuestionAnswer("q5", "Years", null),
            """{"question":{"remote_id":"q5","title":"Years","type":"NUMBER"},"answer":{"number":null}}"""),
        ["date"] = new(
            new DateScreeningQuestionAnswer("q6", "Start", new DateTimeOffset(2024, 6, 1, 2, 0, 0, TimeSpan.FromHours(2))),
            """{"question":{"remote_id":"q6","title":"Start","type":"DATE"},"answer":{"date":"2024-06-01T00:00:00.000Z"}}"""),
        ["date_unanswered"] = new(
            new DateScreeningQuestionAnswer("q6", "Start", null),
            """{"question":{"remote_id":"q6","title":"Start","type":"DATE"},"answer":{"date":null}}"""),
        ["unknown"] = new(
            new UnknownScreeningQuestionAnswer("q7", "Upload", RawJson.Parse("""{"id":"q7","records":[{"fields":[]}]}""")),
            """{"question":{"remote_id":"q7","title":"Upload","type":"UNKNOWN"},"answer":{"raw":{"id":"q7","records":[{"fields":[]}]}}}"""),
        ["unknown_as_text"] = new(
            new UnknownScreeningQuestionAnswer("q7", "Upload", RawJson.FromString("""{"id":"q7"}""")),
            """{"question":{"remote_id":"q7","title":"Upload","type":"UNKNOWN"},"answer":{"raw":"{\"id\":\"q7\"}"}}"""),
        ["unknown_without_raw"] = new(
            new UnknownScreeningQuestionAnswer(null, "Upload", null),
            """{"question":{"remote_id":null,"title":"Upload","type":"UNKNOWN"},"answer":{"raw":null}}"""),
    };

    public static TheoryData<string> Cases => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void answer_variant_serializes_in_kombo_nested_shape_with_its_type(string name)
    {
        var example = Examples[name];

        Assert.Equal(example.Json, Json.Write<ScreeningQuestionAnswer>(example.Answer));
        Assert.Equal(example.Json, Json.Write((object)example.Answer));
        Assert.Equal(example.Json, JsonSerializer.Serialize(example.Answer, example.Answer.GetType()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void answer_variant_reads_back_as_the_same_variant(string name)
    {
        var example = Examples[name];

        var read = Json.Read<ScreeningQuestionAnswer>(example.Json);

        Assert.IsType(example.Answer.GetType(), read);
        Assert.Equal(example.Json, Json.Write(read));
    }

    [Fact]
    public void every_answer_variant_has_an_example_and_uses_kombo_answer_types()
    {
        var variants = typeof(ScreeningQuestionAnswer).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ScreeningQuestionAnswer)));

        Assert.Equal(
            variants.Select(type => type.Name).Order(StringComparer.Ordinal),
            Examples.Values.Select(example => example.Answer.GetType()).Distinct().Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ScreeningQuestionType.All.Except([ScreeningQuestionType.File, ScreeningQuestionType.Information]).Order(StringComparer.Ordinal),
            Examples.Values.Select(example => example.Answer.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void answers_inside_an_application_are_written_as_a_list_of_variants()
    {
        var json = Json.WriteObject(Samples.Full["applications"]);
        var answers = json["screening_question_answers"]!.AsArray();

        Assert.Equal(
            ["TEXT", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "NUMBER", "DATE", "UNKNOWN"],
            answers.Select(answer => answer!["question"]!["type"]!.GetValue<string>()));
        Assert.All(answers, answer => Assert.Equal(["question", "answer"], answer!.AsObject().Select(pair => pair.Key)));
    }

    [Fact]
    public void answer_of_a_type_without_variant_reads_as_unknown_holding_the_answer_object()
    {
        var read = Json.Read<ScreeningQuestionAnswer>(
            """{"question":{"remote_id":"q8","title":"CV","type":"FILE"},"answer":{"file_name":"cv.pdf"}}""");

        var unknown = Assert.IsType<UnknownScreeningQuestionAnswer>(read);
        Assert.Equal("q8", unknown.QuestionRemoteId);
        Assert.Equal("""{"file_name":"cv.pdf"}""", unknown.Raw!.Value.Json);
    }

    [Fact]
    public void multi_select_answer_without_choices_reads_as_empty_choices()
    {
        var read = Json.Read<ScreeningQuestionAnswer>("""{"question":{"remote_id":null,"title":"Languages","type":"MULTI_SELECT"},"answer":{}}""");

        Assert.Empty(Assert.IsType<MultiSelectScreeningQuestionAnswer>(read).Choices);
    }

    [Fact]
    public void answer_without_question_title_is_refused()
    {
        Assert.ThrowsAny<JsonException>(() =>
            Json.Read<ScreeningQuestionAnswer>("""{"question":{"remote_id":"q1","type":"TEXT"},"answer":{"content":"x"}}"""));
    }
}
