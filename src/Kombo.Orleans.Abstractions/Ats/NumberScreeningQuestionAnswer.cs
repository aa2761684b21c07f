// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>NUMBER answer: <c>answer = {number}</c>.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.number")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record NumberScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    decimal? Number) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.Number;
}
