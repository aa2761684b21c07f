// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>DATE answer: <c>answer = {date}</c>, written as a unified timestamp (a date alone is midnight UTC).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.date")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record DateScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    DateTimeOffset? Date) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.Date;
}
