namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job's <c>visibility</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJob.Visibility"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class JobVisibility
{
    public const string Public = "PUBLIC";
    public const string Internal = "INTERNAL";
    public const string Unlisted = "UNLISTED";
    public const string Confidential = "CONFIDENTIAL";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Public, Internal, Unlisted, Confidential];
}
