// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>TEXT answer: <c>answer = {content}</c>.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.text")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record TextScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    string? Content) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.Text;
}
