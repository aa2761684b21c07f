// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>SINGLE_SELECT answer: <c>answer = {choice}</c>, the chosen option as shown.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.single_select")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record SingleSelectScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    string? Choice) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.SingleSelect;
}
