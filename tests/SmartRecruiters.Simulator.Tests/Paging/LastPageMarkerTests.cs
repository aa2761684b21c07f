namespace SmartRecruiters.Simulator.Tests.Paging;

using SmartRecruiters.Simulator.Options;
using SmartRecruiters.Simulator.Tests.Infrastructure;

public sealed class LastPageMarkerTests
{
    [Theory]
    [InlineData(LastPageMarker.Empty)]
    [InlineData(LastPageMarker.Null)]
    [InlineData(LastPageMarker.Omitted)]
    public async Task The_last_page_of_every_cursor_list_says_so_as_configured(LastPageMarker marker)
    {
        await using var sim = await Simulator.StartAsync(o =>
        {
            o.RateLimits.Enabled = false;
            o.Behaviour.LastPageMarker = marker;
        });

        foreach (var path in new[] { "/candidates?limit=100&updatedAfter=2025-12-01T00:00:00Z", "/jobs?sort=job_id&limit=100", "/user-api/v201804/users?limit=100", "/audit-api/v201910/audit-events" })
        {
            using var response = await sim.Http.GetAsync(path, TestContext.Current.CancellationToken);
            var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var page = System.Text.Json.Nodes.JsonNode.Parse(raw)!.AsObject();

            switch (marker)
            {
                case LastPageMarker.Empty:
                    Assert.Equal("", page["nextPageId"]!.GetValue<string>());
                    break;
                case LastPageMarker.Null:
                    Assert.True(page.ContainsKey("nextPageId"), path);
                    Assert.Null(page["nextPageId"]);
                    break;
                default:
                    Assert.False(page.ContainsKey("nextPageId"), path);
                    break;
            }

            Assert.False(response.Headers.Contains("Link"), path);
        }
    }
}
