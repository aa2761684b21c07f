namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job posting's <c>visibility</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJobPosting.Visibility"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class JobPostingVisibility
{
    public const string Public = "PUBLIC";
    public const string Internal = "INTERNAL";
    public const string Unlisted = "UNLISTED";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Public, Internal, Unlisted];
}
