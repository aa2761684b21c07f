namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// The <c>display_type</c> of a SINGLE_SELECT question format: the values Kombo's shapes list.
/// Open enum: <see cref="SingleSelectQuestionFormat.DisplayType"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class SelectDisplayType
{
    public const string Dropdown = "DROPDOWN";
    public const string Radio = "RADIO";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Dropdown, Radio];
}
