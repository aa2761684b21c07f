namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// The <c>display_type</c> of a TEXT question format: the values Kombo's shapes list.
/// Open enum: <see cref="TextQuestionFormat.DisplayType"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class TextDisplayType
{
    public const string SingleLine = "SINGLE_LINE";
    public const string MultiLine = "MULTI_LINE";
    public const string Email = "EMAIL";
    public const string Url = "URL";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [SingleLine, MultiLine, Email, Url];
}
