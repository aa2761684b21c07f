namespace SmartRecruiters.Simulator.Tests.Paging;

using System.Net;
using SmartRecruiters.Simulator.Options;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class CandidatePagingTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Walking_every_page_returns_each_listed_candidate_once_and_as_many_as_totalFound()
    {
        var seen = new HashSet<string>();
        string? pageId = null;
        int? total = null;
        var pages = 0;
        do
        {
            var path = "/candidates?limit=25" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId));
            using var response = await Sim.Http.GetAsync(path, TestContext.Current.CancellationToken);
            var page = await Simulator.JsonAsync(response);
            total ??= page["totalFound"]!.GetValue<int>();
            Assert.Equal(25, page["limit"]!.GetValue<int>());
            Assert.Equal(0, page["offset"]!.GetValue<int>());
            foreach (var candidate in page["content"]!.AsArray())
            {
                Assert.True(seen.Add(candidate!["id"]!.GetValue<string>()), "a candidate was listed twice");
            }

            pageId = page["nextPageId"]?.GetValue<string>() is { Length: > 0 } next ? next : null;
            Assert.Equal(pageId is not null, response.Headers.Contains("Link"));
            pages++;
        }
        while (pageId is not null && pages < 100);

        Assert.Equal(total, seen.Count);
        Assert.True(seen.Count > 100, "the fixture account lists over a hundred candidates");
    }

    [Fact]
    public async Task Candidates_without_an_application_are_not_listed_but_can_be_fetched()
    {
        var account = Sim.Host.Accounts.Accounts[0];
        int talentPoolIndex;
        lock (account.Sync)
        {
            talentPoolIndex = Enumerable.Range(0, account.Candidates.Capacity).First(i => !account.Candidates.Summary(i).HasApplications);
        }

        var id = account.Ids.Encode(Data.Generation.IdCodec.Candidate, talentPoolIndex);
        var listed = await AllListedIdsAsync();
        var details = await Sim.GetJsonAsync($"/candidates/{id}");

        Assert.DoesNotContain(id, listed);
        Assert.Null(details["primaryAssignment"]);
        Assert.Empty(details["secondaryAssignments"]!.AsArray());
    }

    [Fact]
    public async Task The_link_header_names_the_next_page_with_the_same_filters()
    {
        using var response = await Sim.Http.GetAsync("/candidates?limit=5&tag=java", TestContext.Current.CancellationToken);
        var link = response.Headers.GetValues("Link").Single();

        Assert.Matches("^<http://127\\.0\\.0\\.1:\\d+/candidates\\?limit=5&pageId=[^&]+&tag=java>; rel=\"next\"$", link);
        var next = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        var page = await Sim.GetJsonAsync(next);
        Assert.All(page["content"]!.AsArray(), c => Assert.Contains(c!["tags"]!.AsArray(), t => string.Equals(t!.GetValue<string>(), "java", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("pageId=bm9wZQ==")]
    [InlineData("pageId=%%%")]
    [InlineData("pageId=am9iczoxOjE3MmIxYmMz")]
    public async Task A_forged_or_foreign_page_id_is_INVALID_PAGE_ID(string query)
    {
        using var response = await Sim.Http.GetAsync("/candidates?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PAGE_ID", (await Simulator.JsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=ten")]
    [InlineData("updatedAfter=yesterday")]
    [InlineData("subStatus=Onsite")]
    [InlineData("propertyId=a")]
    public async Task Invalid_list_parameters_are_400_with_an_error_code(string query)
    {
        using var response = await Sim.Http.GetAsync("/candidates?" + query, TestContext.Current.CancellationToken);
        var body = await Simulator.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdatedAfter_keeps_only_candidates_updated_at_or_after_the_instant()
    {
        var all = await Sim.GetJsonAsync("/candidates?limit=100");
        var times = all["content"]!.AsArray().Select(c => DateTimeOffset.Parse(c!["updatedOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        var cutOff = times[times.Count / 2];

        var filtered = await Sim.GetJsonAsync($"/candidates?limit=100&updatedAfter={Uri.EscapeDataString(cutOff.ToString("O"))}");

        Assert.NotEmpty(filtered["content"]!.AsArray());
        Assert.All(filtered["content"]!.AsArray(), c =>
            Assert.True(DateTimeOffset.Parse(c!["updatedOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= cutOff));
        Assert.True(filtered["totalFound"]!.GetValue<int>() < all["totalFound"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filters_by_job_and_status_apply_to_the_same_application()
    {
        var (_, jobId) = await Sim.FirstCandidateAsync();
        var byJob = await Sim.GetJsonAsync($"/candidates?limit=100&jobId={jobId}");
        var statuses = new[] { "NEW", "REJECTED" };
        var byJobAndStatus = await Sim.GetJsonAsync($"/candidates?limit=100&jobId={jobId}&status=NEW&status=REJECTED");

        foreach (var candidate in byJobAndStatus["content"]!.AsArray())
        {
            var details = await Sim.GetJsonAsync($"/candidates/{candidate!["id"]}/jobs/{jobId}");
            Assert.Contains(details["status"]!.GetValue<string>(), statuses);
        }

        Assert.True(byJobAndStatus["totalFound"]!.GetValue<int>() <= byJob["totalFound"]!.GetValue<int>());
    }

    private async Task<HashSet<string>> AllListedIdsAsync()
    {
        var ids = new HashSet<string>();
        string? pageId = null;
        do
        {
            var page = await Sim.GetJsonAsync("/candidates?limit=100" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId)));
            ids.UnionWith(page["content"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
            pageId = page["nextPageId"]?.GetValue<string>() is { Length: > 0 } next ? next : null;
        }
        while (pageId is not null);

        return ids;
    }
}
