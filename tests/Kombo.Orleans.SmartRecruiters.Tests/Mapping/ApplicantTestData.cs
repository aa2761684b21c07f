namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>The mapping context and helpers of the candidate, tag, application, interview and offer mapper tests.</summary>
internal static class ApplicantTestData
{
    public static readonly DateTimeOffset ObservedAt = new(2026, 2, 3, 4, 5, 6, 789, TimeSpan.Zero);

    public static readonly MappingContext Ctx = new("integration-1", ObservedAt);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
