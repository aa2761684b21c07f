namespace Kombo.Orleans.Tests.Queries;

using System.Globalization;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;

/// <summary>
/// Each filter keeps exactly what the same condition over all results keeps (AND across filters, OR within one),
/// whoever reads: the query grain (<see cref="AtsQueryFilterTests"/>) or the REST API (<c>AtsApiFilterTests</c>).
/// </summary>
public abstract class AtsFilterContract(IAtsReader fixture)
{
    private sealed record FilterCase(AtsEndpoint Endpoint, string Filter, Func<IReadOnlyList<JsonElement>, string[]> Pick, Func<JsonElement, string[], bool> Keeps);

    private static readonly Dictionary<string, FilterCase> Cases = new()
    {
        ["jobs statuses"] = new(AtsEndpoint.Jobs, "statuses", r => Two(r, "status", JobStatus.All), (j, v) => v.Contains(j.Str("status"))),
        ["jobs employment_types"] = new(AtsEndpoint.Jobs, "employment_types", r => Two(r, "employment_type", EmploymentType.All), (j, v) => v.Contains(j.Str("employment_type"))),
        ["jobs visibilities"] = new(AtsEndpoint.Jobs, "visibilities", r => Two(r, "visibility", JobVisibility.All), (j, v) => v.Contains(j.Str("visibility"))),
        ["jobs job_codes"] = new(AtsEndpoint.Jobs, "job_codes", r => Two(r, "job_code"), (j, v) => v.Contains(j.Str("job_code"))),
        ["jobs name_contains"] = new(AtsEndpoint.Jobs, "name_contains", r => [r.Select(j => j.Str("name")).OfType<string>().First()[1..4].ToUpperInvariant()],
            (j, v) => j.Str("name")?.Contains(v[0], StringComparison.OrdinalIgnoreCase) == true),
        ["jobs remote_created_after"] = new(AtsEndpoint.Jobs, "remote_created_after", r => [Median(r, "remote_created_at")], (j, v) => After(j, "remote_created_at", v[0])),
        ["jobs post_url"] = new(AtsEndpoint.Jobs, "post_url", r => Two(r, "post_url")[..1], (j, v) => v.Contains(j.Str("post_url"))),
        ["applications outcomes"] = new(AtsEndpoint.Applications, "outcomes", r => Two(r, "outcome", ApplicationOutcome.All), (a, v) => v.Contains(a.Str("outcome"))),
        ["applications job_ids"] = new(AtsEndpoint.Applications, "job_ids", r => Two(r, "job_id"), (a, v) => v.Contains(a.Str("job_id"))),
        ["applications job_remote_ids"] = new(AtsEndpoint.Applications, "job_remote_ids", r => r.Select(a => a.Obj("job")?.Str("remote_id")).OfType<string>().Distinct().Take(2).ToArray(),
            (a, v) => v.Contains(a.Obj("job")?.Str("remote_id"))),
        ["applications current_stage_ids"] = new(AtsEndpoint.Applications, "current_stage_ids", r => Two(r, "current_stage_id"), (a, v) => v.Contains(a.Str("current_stage_id"))),
        ["applications remote_created_after"] = new(AtsEndpoint.Applications, "remote_created_after", r => [Median(r, "remote_created_at")], (a, v) => After(a, "remote_created_at", v[0])),
        ["candidates email"] = new(AtsEndpoint.Candidates, "email", r => [r.SelectMany(c => c.Items("email_addresses")).Select(e => e.Str("email_address")).OfType<string>().First().ToUpperInvariant()],
            (c, v) => c.Items("email_addresses").Any(e => string.Equals(e.Str("email_address"), v[0], StringComparison.OrdinalIgnoreCase))),
        ["candidates job_ids"] = new(AtsEndpoint.Candidates, "job_ids", r => r.SelectMany(c => c.Items("applications")).Select(a => a.Obj("job")?.Str("id")).OfType<string>().Distinct().Take(1).ToArray(),
            (c, v) => c.Items("applications").Any(a => v.Contains(a.Obj("job")?.Str("id")))),
        ["candidates first_name"] = new(AtsEndpoint.Candidates, "first_name", r => [r.Select(c => c.Str("first_name")).OfType<string>().First().ToLowerInvariant()],
            (c, v) => string.Equals(c.Str("first_name"), v[0], StringComparison.OrdinalIgnoreCase)),
        ["candidates last_name"] = new(AtsEndpoint.Candidates, "last_name", r => [r.Select(c => c.Str("last_name")).OfType<string>().First().ToUpperInvariant()],
            (c, v) => string.Equals(c.Str("last_name"), v[0], StringComparison.OrdinalIgnoreCase)),
        ["users emails"] = new(AtsEndpoint.Users, "emails", r => Two(r, "email").Select(e => e.ToUpperInvariant()).ToArray(),
            (u, v) => v.Contains(u.Str("email"), StringComparer.OrdinalIgnoreCase)),
        ["roles scopes"] = new(AtsEndpoint.Roles, "scopes", r => Two(r, "scope", RoleScope.All)[..1], (r, v) => v.Contains(r.Str("scope"))),
        ["interviews job_ids"] = new(AtsEndpoint.Interviews, "job_ids", r => r.Select(i => i.Obj("application")?.Obj("job")?.Str("id")).OfType<string>().Distinct().Take(2).ToArray(),
            (i, v) => v.Contains(i.Obj("application")?.Obj("job")?.Str("id"))),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    /// <summary>The values of a filter as the REST API takes them (comma-separated).</summary>
    public static string QueryValue(string[] values) => string.Join(',', values.Select(Uri.EscapeDataString));

    [Fact]
    public void Every_filter_of_every_endpoint_has_a_case() =>
        Assert.Equal(
            AtsEndpoints.All.SelectMany(e => AtsEndpoints.Filters(e).Select(f => $"{AtsEndpoints.Path(e)} {f}")).Order(),
            Cases.Keys.Order());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_filter_keeps_exactly_what_the_same_condition_over_all_results_keeps(string name)
    {
        var filterCase = Cases[name];
        var all = await fixture.ListAllAsync(filterCase.Endpoint);
        var values = filterCase.Pick(all);
        Assert.NotEmpty(values);

        var filtered = await fixture.ListAllAsync(filterCase.Endpoint, new() { [filterCase.Filter] = values });

        var expected = all.Where(r => filterCase.Keeps(r, values)).Select(r => r.Str("id")).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(r => r.Str("id")).Order());
    }

    [Fact]
    public async Task Filters_and_together_and_values_of_one_filter_or_together()
    {
        var all = await fixture.ListAllAsync(AtsEndpoint.Applications);
        var jobs = Two(all, "job_id");
        var outcome = all.First(a => a.Str("job_id") == jobs[0]).Str("outcome")!;

        var filtered = await fixture.ListAllAsync(AtsEndpoint.Applications, new() { ["job_ids"] = jobs, ["outcomes"] = [outcome] });

        var expected = all.Where(a => jobs.Contains(a.Str("job_id")) && a.Str("outcome") == outcome).Select(a => a.Str("id")).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected, filtered.Select(a => a.Str("id")).Order());
    }

    [Fact]
    public async Task Job_remote_ids_no_job_has_match_nothing()
    {
        var filtered = await fixture.ListAllAsync(AtsEndpoint.Applications, new() { ["job_remote_ids"] = ["no-such-job"] });

        Assert.Empty(filtered);
    }

    /// <summary>
    /// Up to two distinct non-null values of a field, so a filter's OR within one filter is exercised. For an enum filter,
    /// only Kombo's values: the unified enums are open (unmapped SmartRecruiters values pass through) but the filters are not.
    /// </summary>
    private static string[] Two(IReadOnlyList<JsonElement> results, string field, IReadOnlyList<string>? known = null) =>
        results.Select(r => r.Str(field)).OfType<string>().Where(v => known is null || known.Contains(v)).Distinct().Take(2).ToArray();

    private static string Median(IReadOnlyList<JsonElement> results, string field)
    {
        var times = results.Select(r => r.Str(field)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return times[times.Count / 2];
    }

    private static bool After(JsonElement result, string field, string instant) =>
        result.Str(field) is { } text && DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) > DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
