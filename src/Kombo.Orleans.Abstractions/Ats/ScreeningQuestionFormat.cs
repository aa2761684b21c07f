// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A screening question's <c>format</c>: a tagged union on <see cref="Type"/> (one of
/// <see cref="ScreeningQuestionType"/>), one sealed record per variant. JSON writes a variant flat with its
/// <c>type</c>, e.g. <c>{"type":"SINGLE_SELECT","display_type":"RADIO","options":[…]}</c>
/// (<see cref="ScreeningQuestionFormatJsonConverter"/>); Orleans keeps the runtime variant.
/// </summary>
/// <remarks>The variants are this assembly's only: the constructor is not visible outside it.</remarks>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question_format")]
[JsonConverter(typeof(ScreeningQuestionFormatJsonConverter))]
public abstract record ScreeningQuestionFormat
{
    private protected ScreeningQuestionFormat()
    {
    }

    /// <summary>The discriminator (<see cref="ScreeningQuestionType"/>); fixed per variant.</summary>
    public abstract string Type { get; }
}
