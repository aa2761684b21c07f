namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job's <c>status</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJob.Status"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class JobStatus
{
    public const string Open = "OPEN";
    public const string Closed = "CLOSED";
    public const string Draft = "DRAFT";
    public const string Archived = "ARCHIVED";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, Closed, Draft, Archived];
}
