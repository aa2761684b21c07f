namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// The <c>display_type</c> of a NUMBER question format: the values Kombo's shapes list.
/// Open enum: <see cref="NumberQuestionFormat.DisplayType"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class NumberDisplayType
{
    public const string Slider = "SLIDER";
    public const string Field = "FIELD";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Slider, Field];
}
