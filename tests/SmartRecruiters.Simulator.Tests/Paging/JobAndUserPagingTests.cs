namespace SmartRecruiters.Simulator.Tests.Paging;

using System.Net;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class JobAndUserPagingTests(SharedSimulator shared) : IClassFixture<SharedSimulator>
{
    private Simulator Sim => shared.Simulator;

    [Fact]
    public async Task Jobs_page_by_cursor_in_id_order_only_with_sort_job_id()
    {
        var ids = new List<string>();
        string? pageId = null;
        do
        {
            var page = await Sim.GetJsonAsync("/jobs?sort=job_id&limit=2" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId)));
            ids.AddRange(page["content"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()));
            pageId = page["nextPageId"]?.GetValue<string>() is { Length: > 0 } next ? next : null;
        }
        while (pageId is not null);

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Sim.Host.Accounts.Accounts[0].Jobs.Count, ids.Count);

        var firstPage = await Sim.GetJsonAsync("/jobs?sort=job_id&limit=2");
        using var withoutSort = await Sim.Http.GetAsync($"/jobs?limit=2&pageId={Uri.EscapeDataString(firstPage["nextPageId"]!.GetValue<string>())}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, withoutSort.StatusCode);
        Assert.Equal("INVALID_PAGE_ID", (await Simulator.JsonAsync(withoutSort))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Jobs_default_sort_pages_by_offset_newest_first()
    {
        var first = await Sim.GetJsonAsync("/jobs?limit=3");
        var second = await Sim.GetJsonAsync("/jobs?limit=3&offset=3");
        var created = first["content"]!.AsArray().Concat(second["content"]!.AsArray())
            .Select(j => DateTimeOffset.Parse(j!["createdOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(created.OrderDescending(), created);
        Assert.Equal(3, second["offset"]!.GetValue<int>());
        Assert.Null(first["nextPageId"]);
    }

    [Fact]
    public async Task Users_page_with_the_next_users_id_as_cursor_and_filter_by_update_time()
    {
        var all = new List<string>();
        string? pageId = null;
        do
        {
            var page = await Sim.GetJsonAsync("/user-api/v201804/users?limit=3" + (pageId is null ? "" : "&pageId=" + pageId));
            Assert.Null(page["totalFound"]);
            var content = page["content"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ToList();
            all.AddRange(content);
            pageId = page["nextPageId"]?.GetValue<string>() is { Length: > 0 } next ? next : null;
            if (pageId is not null)
            {
                Assert.Matches("^[0-9a-f]{24}$", pageId);
            }
        }
        while (pageId is not null);

        Assert.Equal(Sim.Host.Accounts.Accounts[0].Users.Count, all.Distinct().Count());
        using var bad = await Sim.Http.GetAsync("/user-api/v201804/users?pageId=000000000000000000000000", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
