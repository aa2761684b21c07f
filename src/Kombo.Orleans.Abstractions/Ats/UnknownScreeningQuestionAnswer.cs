// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>UNKNOWN answer: <c>answer = {raw}</c>, the source's answer as JSON, for a question type no other variant fits (FILE answers included: Kombo has no FILE answer).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_answer.unknown")]
[JsonConverter(typeof(ScreeningQuestionAnswerJsonConverter))]
public sealed record UnknownScreeningQuestionAnswer(
    string? QuestionRemoteId,
    string QuestionTitle,
    RawJson? Raw) : ScreeningQuestionAnswer
{
    public override string Type => ScreeningQuestionType.Unknown;
}
