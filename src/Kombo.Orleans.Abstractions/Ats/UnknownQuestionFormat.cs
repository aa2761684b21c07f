// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// UNKNOWN: <c>{type, raw_question}</c>, a question whose format maps to no other variant;
/// <see cref="RawQuestion"/> is the source's question as JSON (null when not kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format.unknown")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public sealed record UnknownQuestionFormat(
    RawJson? RawQuestion) : ScreeningQuestionFormat
{
    public override string Type => ScreeningQuestionType.Unknown;
}
