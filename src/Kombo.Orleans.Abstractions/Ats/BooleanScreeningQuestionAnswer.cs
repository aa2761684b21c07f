// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>BOOLEAN answer: <c>answer = {checked}</c>.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.boolean")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record BooleanScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    bool? Checked) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.Boolean;
}
