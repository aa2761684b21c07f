// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>NUMBER: <c>{type, display_type, min, max}</c>; display type one of <see cref="NumberDisplayType"/> (open).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format.number")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public sealed record NumberQuestionFormat(
    string? DisplayType,
    decimal? Min,
    decimal? Max) : ScreeningQuestionFormat
{
    public override string Type => ScreeningQuestionType.Number;
}
