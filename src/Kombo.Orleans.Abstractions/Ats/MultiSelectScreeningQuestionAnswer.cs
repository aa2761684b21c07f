// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>MULTI_SELECT answer: <c>answer = {choices}</c>, the chosen options as shown, in the answer's order.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.multi_select")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record MultiSelectScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    IReadOnlyList<string> Choices) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.MultiSelect;
}
