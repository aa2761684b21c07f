namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Mapping;

public sealed class SharedRulesTests
{
    [Theory]
    [InlineData("jane.smith@example.com", true)]
    [InlineData("Jane.Smith+tag@Example.COM", true)]
    [InlineData("o'brien@example.co.uk", true)]
    [InlineData("a,b@example.com", true)] // MAPPING's class [\w'+-.] is a range that includes the comma
    [InlineData(".jane@example.com", false)]
    [InlineData("jane..smith@example.com", false)]
    [InlineData("jane.@example.com", false)]
    [InlineData("jane@", false)]
    [InlineData("jane@localhost", false)]
    [InlineData("jane(at)mail.com", false)]
    [InlineData("jane@example.c", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Emails_are_kept_exactly_when_the_mapping_expression_accepts_them(string? email, bool valid) =>
        Assert.Equal(valid, EmailRules.IsValid(email));

    [Fact]
    public void Unified_ids_are_stable_distinct_per_integration_and_model_and_base58()
    {
        var id = UnifiedIds.For("smartrecruiters:acme", UnifiedModels.Candidate, "788dfc72");

        Assert.Equal(id, UnifiedIds.For("smartrecruiters:acme", UnifiedModels.Candidate, "788dfc72"));
        Assert.NotEqual(id, UnifiedIds.For("smartrecruiters:globex", UnifiedModels.Candidate, "788dfc72"));
        Assert.NotEqual(id, UnifiedIds.For("smartrecruiters:acme", UnifiedModels.Application, "788dfc72"));
        Assert.NotEqual(id, UnifiedIds.For("smartrecruiters:acme", UnifiedModels.Candidate, "788dfc73"));
        Assert.Matches("^[1-9A-HJ-NP-Za-km-z]{24}$", id);
        Assert.Equal(10_000, Enumerable.Range(0, 10_000).Select(i => UnifiedIds.For("i", "m", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().Count());
    }

    [Theory]
    [InlineData("HIRING_MANAGER", "Hiring Manager")]
    [InlineData("BAR_RAISER", "Bar Raiser")]
    [InlineData("INTERVIEW-TEAM", "Interview Team")]
    [InlineData("Sourcing Partner", "Sourcing Partner")]
    [InlineData("recruiter", "recruiter")]
    public void Enum_like_strings_are_humanised_and_others_kept(string value, string expected) =>
        Assert.Equal(expected, Labels.Humanize(value));

    [Theory]
    [InlineData("2024-03-01", "2024-03-01T00:00:00.0000000+00:00")]
    [InlineData("2024-03-05T12:31:10.447Z", "2024-03-05T12:31:10.4470000+00:00")]
    [InlineData("2024-03-05T14:31:10.447+02:00", "2024-03-05T12:31:10.4470000+00:00")]
    public void Dates_become_midnight_utc_and_timestamps_utc(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Labels.DateOrTimestamp(value));
}
