namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

/// <summary>The screening_question_answers of applications: every row of MAPPING's answer-type table.</summary>
public sealed class ScreeningAnswerMapperTests
{
    private static ScreeningAnswerDto Answer(string? type, params string[] values) => new()
    {
        Id = "q-1",
        Type = type,
        Category = "q-1",
        Name = "q-1",
        Label = "The question?",
        Records = [new AnswerRecordDto { Fields = [new AnswerFieldDto { Id = "value", Values = values.Select(v => new IdLabelDto { Id = "id-" + v, Label = v }).ToList() }] }],
    };

    private static ScreeningQuestionDto Question(string id, int options) => new()
    {
        Id = id,
        Label = "The question?",
        Fields = [new ScreeningQuestionFieldDto { Id = id + "-f", Type = "CHECKBOX", Values = Enumerable.Range(0, options).Select(i => new IdLabelDto { Id = $"o{i}", Label = $"Option {i}" }).ToList() }],
    };

    [Theory]
    [InlineData("text")]
    [InlineData("textarea")]
    [InlineData("TextArea")]
    public void Text_and_textarea_are_text_with_the_values_joined_by_newlines(string type)
    {
        var answer = Assert.IsType<TextScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer(type, "I like the product.", "And the team.")));

        Assert.Equal("q-1", answer.QuestionRemoteId);
        Assert.Equal("The question?", answer.QuestionTitle);
        Assert.Equal("TEXT", answer.Type);
        Assert.Equal("I like the product.\nAnd the team.", answer.Content);
        Assert.Null(Assert.IsType<TextScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer(type))).Content);
    }

    [Fact]
    public void Radio_is_single_select()
    {
        var answer = Assert.IsType<SingleSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("radio", "Yes")));

        Assert.Equal("SINGLE_SELECT", answer.Type);
        Assert.Equal("Yes", answer.Choice);
    }

    [Fact]
    public void Select_is_single_select_with_one_value_and_multi_select_in_answer_order_with_several()
    {
        Assert.Equal("Within a month", Assert.IsType<SingleSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("select", "Within a month"))).Choice);

        var multi = Assert.IsType<MultiSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("select", "Polish", "English", "German")));
        Assert.Equal("MULTI_SELECT", multi.Type);
        Assert.Equal(["Polish", "English", "German"], multi.Choices);

        Assert.Null(Assert.IsType<SingleSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("select"))).Choice);
    }

    [Fact]
    public void Checkbox_is_multi_select_when_the_question_offers_several_options()
    {
        ScreeningQuestionDto[] questions = [Question("q-other", 0), Question("q-1", 3)];

        var answer = Assert.IsType<MultiSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox", "Option 2"), questions));

        Assert.Equal(["Option 2"], answer.Choices);
        Assert.Equal(["Option 0", "Option 2"], Assert.IsType<MultiSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox", "Option 0", "Option 2"), questions)).Choices);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("checked", true)]
    [InlineData("Checked", true)]
    [InlineData("confirmed", true)]
    [InlineData("CONFIRMED", true)]
    [InlineData(" yes ", true)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("y", false)]
    [InlineData("I agree", false)]
    public void Checkbox_with_one_option_or_none_is_boolean(string value, bool isChecked)
    {
        foreach (var questions in new ScreeningQuestionDto[]?[] { [Question("q-1", 0)], [Question("q-1", 1)], null, [] })
        {
            var answer = Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox", value), questions));
            Assert.Equal("BOOLEAN", answer.Type);
            Assert.Equal(isChecked, answer.Checked);
        }
    }

    [Fact]
    public void Checkbox_without_a_value_is_unchecked_and_without_definitions_several_values_are_multi_select()
    {
        Assert.False(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox"), [Question("q-1", 1)])).Checked);
        Assert.Equal(["A", "B"], Assert.IsType<MultiSelectScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox", "A", "B"))).Choices);
        Assert.True(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("checkbox", "yes", "B"), [Question("q-1", 1)])).Checked);
    }

    [Fact]
    public void Acknowledgement_is_boolean_checked_when_a_value_is_present()
    {
        Assert.True(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("acknowledgement", "Confirmed"))).Checked);
        Assert.True(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("acknowledgement", "No"))).Checked);
        Assert.False(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("acknowledgement"))).Checked);
        Assert.False(Assert.IsType<BooleanScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(Answer("acknowledgement") with { Records = null })).Checked);
    }

    [Theory]
    [InlineData("languages")]
    [InlineData("eeo")]
    [InlineData("files")]
    [InlineData("currency")]
    [InlineData("info")]
    [InlineData(null)]
    public void Any_other_type_is_unknown_with_the_answer_as_raw_json(string? type)
    {
        var dto = Answer(type, "English", "Advanced");

        var answer = Assert.IsType<UnknownScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(dto));

        Assert.Equal("UNKNOWN", answer.Type);
        Assert.Equal("q-1", answer.QuestionRemoteId);
        Assert.Equal("The question?", answer.QuestionTitle);
        var raw = answer.Raw!.Value.ToElement();
        Assert.Equal(JsonValueKind.Object, raw.ValueKind);
        Assert.Equal("q-1", raw.GetProperty("id").GetString());
        Assert.Equal("Advanced", raw.GetProperty("records")[0].GetProperty("fields")[0].GetProperty("values")[1].GetProperty("label").GetString());
        Assert.Equal(dto, answer.Raw.Value.Deserialize<ScreeningAnswerDto>(SmartRecruitersJson.Options)! with { Records = dto.Records });
    }

    [Fact]
    public void Values_are_the_labels_of_every_record_and_field_in_order()
    {
        var dto = new ScreeningAnswerDto
        {
            Id = "q-2",
            Type = "textarea",
            Label = "Tell us",
            Records =
            [
                new AnswerRecordDto { Fields = [new AnswerFieldDto { Values = [new IdLabelDto { Label = "a" }, new IdLabelDto { Id = "x" }] }, new AnswerFieldDto { Values = [new IdLabelDto { Label = "b" }] }] },
                new AnswerRecordDto { Fields = [new AnswerFieldDto { Values = [new IdLabelDto { Label = "" }, new IdLabelDto { Label = "c" }] }] },
            ],
        };

        Assert.Equal(["a", "b", "c"], ScreeningAnswerMapper.Values(dto));
        Assert.Equal("a\nb\nc", Assert.IsType<TextScreeningQuestionAnswer>(ScreeningAnswerMapper.Map(dto)).Content);
    }

    [Fact]
    public void Question_title_falls_back_to_the_name_then_the_id()
    {
        Assert.Equal("q-1", ScreeningAnswerMapper.Map(Answer("text", "x") with { Label = "", Name = null }).QuestionTitle);
        Assert.Equal("Name", ScreeningAnswerMapper.Map(Answer("text", "x") with { Label = null, Name = "Name" }).QuestionTitle);
        Assert.Null(ScreeningAnswerMapper.Map(Answer("text", "x") with { Id = null }).QuestionRemoteId);
    }

    [Fact]
    public void Applications_carry_their_answers_in_order()
    {
        ScreeningAnswerDto[] answers = [Answer("text", "5") with { Id = "a" }, Answer("radio", "Yes") with { Id = "b" }, Answer("languages", "English") with { Id = "c" }];

        var application = ApplicationMapper.Map(Ctx, new ApplicationSource(new ApplicationDto { CandidateId = "c", JobId = "j", Status = "NEW" }, null, answers));

        Assert.Equal(["TEXT", "SINGLE_SELECT", "UNKNOWN"], application.ScreeningQuestionAnswers.Select(a => a.Type));
        Assert.Equal(["a", "b", "c"], application.ScreeningQuestionAnswers.Select(a => a.QuestionRemoteId));
        Assert.Empty(ScreeningAnswerMapper.MapAll(null));
    }
}
