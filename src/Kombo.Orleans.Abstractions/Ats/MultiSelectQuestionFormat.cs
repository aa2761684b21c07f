// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>MULTI_SELECT: <c>{type, options}</c>.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format.multi_select")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public sealed record MultiSelectQuestionFormat(
    IReadOnlyList<QuestionOption> Options) : ScreeningQuestionFormat
{
    public override string Type => ScreeningQuestionType.MultiSelect;
}
