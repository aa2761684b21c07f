namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job's <c>employment_type</c>: the values Kombo's shapes list.
/// Open enum: <see cref="UnifiedJob.EmploymentType"/> is a string and may hold any other value (an unmapped
/// source value is passed through as is).
/// </summary>
public static class EmploymentType
{
    public const string FullTime = "FULL_TIME";
    public const string PartTime = "PART_TIME";
    public const string Contract = "CONTRACT";
    public const string Seasonal = "SEASONAL";
    public const string Internship = "INTERNSHIP";

    /// <summary>Every known value, in the order Kombo lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [FullTime, PartTime, Contract, Seasonal, Internship];
}
