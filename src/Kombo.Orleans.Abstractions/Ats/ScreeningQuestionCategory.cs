namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A screening question's <c>category</c> (null for an ordinary question): the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedScreeningQuestion.Category"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class ScreeningQuestionCategory
{
    public const string Eeo = "EEO";
    public const string Demographic = "DEMOGRAPHIC";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Eeo, Demographic];
}
