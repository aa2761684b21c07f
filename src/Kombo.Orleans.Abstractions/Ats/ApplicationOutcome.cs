namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An application's <c>outcome</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedApplication.Outcome"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class ApplicationOutcome
{
    public const string Pending = "PENDING";
    public const string Hired = "HIRED";
    public const string Declined = "DECLINED";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Hired, Declined];
}
