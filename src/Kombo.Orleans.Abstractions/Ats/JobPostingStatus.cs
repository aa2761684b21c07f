namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job posting's <c>status</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJobPosting.Status"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class JobPostingStatus
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string Draft = "DRAFT";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Active, Inactive, Draft];
}
