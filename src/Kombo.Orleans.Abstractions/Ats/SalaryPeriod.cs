namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job's <c>salary_period</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJob.SalaryPeriod"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class SalaryPeriod
{
    public const string Year = "YEAR";
    public const string Month = "MONTH";
    public const string TwoWeeks = "TWO_WEEKS";
    public const string Week = "WEEK";
    public const string Day = "DAY";
    public const string Hour = "HOUR";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Year, Month, TwoWeeks, Week, Day, Hour];
}
