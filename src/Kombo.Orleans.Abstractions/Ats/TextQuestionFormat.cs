// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>TEXT: <c>{type, display_type, max_length}</c>; display type one of <see cref="TextDisplayType"/> (open).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format.text")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public sealed record TextQuestionFormat(
    string? DisplayType,
    int? MaxLength) : ScreeningQuestionFormat
{
    public override string Type => ScreeningQuestionType.Text;
}
