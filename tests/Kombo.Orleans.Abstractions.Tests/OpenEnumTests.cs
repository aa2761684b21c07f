using System.Reflection;
using Kombo.Orleans.Abstractions.Ats;

namespace Kombo.Orleans.Abstractions.Tests;

public sealed class OpenEnumTests
{
    private static readonly IReadOnlyDictionary<string, (Type Type, string[] Values)> Expected =
        new Dictionary<string, (Type, string[])>
        {
            ["JobStatus"] = (typeof(JobStatus), ["OPEN", "CLOSED", "DRAFT", "ARCHIVED"]),
            ["EmploymentType"] = (typeof(EmploymentType), ["FULL_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP"]),
            ["JobVisibility"] = (typeof(JobVisibility), ["PUBLIC", "INTERNAL", "UNLISTED", "CONFIDENTIAL"]),
            ["RemoteWorkStatus"] = (typeof(RemoteWorkStatus), ["REMOTE", "HYBRID", "TEMPORARY", "ON_SITE"]),
            ["SalaryPeriod"] = (typeof(SalaryPeriod), ["YEAR", "MONTH", "TWO_WEEKS", "WEEK", "DAY", "HOUR"]),
            ["JobPostingStatus"] = (typeof(JobPostingStatus), ["ACTIVE", "INACTIVE", "DRAFT"]),
            ["JobPostingVisibility"] = (typeof(JobPostingVisibility), ["PUBLIC", "INTERNAL", "UNLISTED"]),
            ["ApplicationOutcome"] = (typeof(ApplicationOutcome), ["PENDING", "HIRED", "DECLINED"]),
            ["OfferStatus"] = (typeof(OfferStatus), ["ACCEPTED", "DECLINED", "SENT", "APPROVED", "DRAFT", "ABANDONED"]),
            ["UserStatus"] = (typeof(UserStatus), ["ACTIVE", "INACTIVE"]),
            ["RoleScope"] = (typeof(RoleScope), ["SYSTEM", "JOB"]),
            ["RoleUnifiedType"] = (typeof(RoleUnifiedType), ["HIRING_MANAGER", "RECRUITER", "COORDINATOR", "SOURCER", "INTERVIEWER", "ADMIN"]),
            ["HiringTeamRole"] = (typeof(HiringTeamRole), ["RECRUITER", "HIRING_MANAGER", "COORDINATOR", "SOURCER", "INTERVIEWER"]),
            ["ScreeningQuestionCategory"] = (typeof(ScreeningQuestionCategory), ["EEO", "DEMOGRAPHIC"]),
            ["ScreeningQuestionType"] = (typeof(ScreeningQuestionType), ["TEXT", "NUMBER", "FILE", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE", "INFORMATION", "UNKNOWN"]),
            ["TextDisplayType"] = (typeof(TextDisplayType), ["SINGLE_LINE", "MULTI_LINE", "EMAIL", "URL"]),
            ["NumberDisplayType"] = (typeof(NumberDisplayType), ["SLIDER", "FIELD"]),
            ["SelectDisplayType"] = (typeof(SelectDisplayType), ["DROPDOWN", "RADIO"]),
            ["IntegrationFieldType"] = (typeof(IntegrationFieldType), ["DEFAULT", "CUSTOM"]),
            ["SocialMediaType"] = (typeof(SocialMediaType), ["LINKEDIN", "FACEBOOK", "TWITTER", "SKYPE", "WEBSITE"]),
        };

    public static TheoryData<string> Names => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void known_values_are_exactly_kombo_values_in_kombo_order(string name)
    {
        var (type, values) = Expected[name];
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!);
        var all = (IReadOnlyList<string>)type.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(values, all);
        Assert.Equal(values, constants);
    }

    [Fact]
    public void every_known_values_class_is_covered()
    {
        var classes = typeof(JobStatus).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(JobStatus).Namespace && type is { IsAbstract: true, IsSealed: true, IsPublic: true } && type.GetProperty("All") is not null)
            .Select(type => type.Name);

        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), classes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void an_unknown_value_passes_through_as_is()
    {
        var job = (UnifiedJob)Samples.Full["jobs"] with { Status = "ON_HOLD_PENDING_BUDGET", EmploymentType = "Freelance" };

        var read = Json.Read<UnifiedJob>(Json.Write(job));

        Assert.Equal("ON_HOLD_PENDING_BUDGET", read.Status);
        Assert.Equal("Freelance", read.EmploymentType);
    }
}
