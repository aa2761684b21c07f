namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Globalization;
using Kombo.Orleans.SmartRecruiters.Dtos;

public sealed class JobDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Jobs_list_deserializes_with_its_cursor_envelope()
    {
        var first = await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=3");

        Assert.Equal(3, first.Limit);
        Assert.Equal(0, first.Offset);
        Assert.True(first.TotalFound > 3);
        Assert.False(string.IsNullOrEmpty(first.NextPageId));
        Assert.Equal(3, first.Content!.Count);
        foreach (var job in first.Content)
        {
            Assert.True(Guid.TryParse(job.Id, out _));
            Assert.False(string.IsNullOrEmpty(job.Title));
            Assert.False(string.IsNullOrEmpty(job.Status));
            Assert.False(string.IsNullOrEmpty(job.PostingStatus));
            Assert.NotNull(job.CreatedOn);
            Assert.True(job.UpdatedOn >= job.CreatedOn);
            Assert.True(job.LastActivityOn >= job.CreatedOn);
            Assert.Equal("en", job.Language?.Code);
            Assert.EndsWith($"/jobs/{job.Id}", job.Actions?.Details?.Url, StringComparison.Ordinal);
            Assert.Equal("GET", job.Actions?.Details?.Method);

            // Job lists carry no coordinates.
            Assert.False(string.IsNullOrEmpty(job.Location?.City));
            Assert.Null(job.Location!.Latitude);
        }

        var second = await sim.GetAsync<PageDto<JobSummaryDto>>($"/jobs?sort=job_id&limit=3&pageId={Uri.EscapeDataString(first.NextPageId!)}");
        Assert.Empty(second.Content!.Select(j => j.Id).Intersect(first.Content.Select(j => j.Id)));
    }

    [Fact]
    public async Task Job_details_deserialize_with_ad_sections_properties_compensation_and_location()
    {
        var jobs = await AllJobDetailsAsync();

        foreach (var job in jobs)
        {
            Assert.False(string.IsNullOrEmpty(job.Title));
            Assert.NotNull(job.CreatedOn);
            Assert.False(string.IsNullOrEmpty(job.TypeOfEmployment?.Id));
            Assert.False(string.IsNullOrEmpty(job.TypeOfEmployment?.Label));
            Assert.False(string.IsNullOrEmpty(job.Function?.Id));
            Assert.False(string.IsNullOrEmpty(job.Industry?.Label));
            Assert.False(string.IsNullOrEmpty(job.JobAd?.Sections?.JobDescription?.Text));
            Assert.False(string.IsNullOrEmpty(job.JobAd.Sections.CompanyDescription?.Title));
            Assert.NotNull(job.JobAd.Sections.Qualifications);
            Assert.NotNull(job.JobAd.Sections.AdditionalInformation);
            Assert.Equal("en", job.JobAd.Language?.Code);
            Assert.NotNull(job.Properties);
            Assert.EndsWith($"/jobs/{job.Id}/hiring-team", job.Actions?.HiringTeam?.Url, StringComparison.Ordinal);

            // Coordinates are strings on jobs, and they are numbers.
            Assert.True(double.TryParse(job.Location?.Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude));
            Assert.InRange(latitude, -90, 90);
            Assert.True(double.TryParse(job.Location.Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude));
            Assert.InRange(longitude, -180, 180);
        }

        Assert.Contains(jobs, j => j.Compensation is { Min: > 0, Max: > 0, Currency.Length: 3 } c && c.Min <= c.Max);
        Assert.Contains(jobs, j => j.ExperienceLevel?.Label is { Length: > 0 });
        Assert.Contains(jobs, j => j.Properties!.Any(p => p.Id is { Length: > 0 } && p.Value?.Id is { Length: > 0 } && p.Value.Label is { Length: > 0 }));
        Assert.Contains(jobs, j => j.Creator?.FirstName is { Length: > 0 });
        Assert.Contains(jobs, j => j.TargetHiringDate is not null);
        Assert.Contains(jobs, j => j.Actions?.ApplyOnWeb?.Url is { Length: > 0 });
    }

    [Fact]
    public async Task Job_status_history_deserializes()
    {
        var job = (await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=1")).Content![0];

        var history = await sim.GetAsync<ContentListDto<JobStatusChangeDto>>($"/jobs/{job.Id}/status/history");

        Assert.NotEmpty(history.Content!);
        Assert.Equal(history.Content!.Count, history.TotalFound);
        Assert.All(history.Content!, h => Assert.NotNull(h.ChangedOn));
        Assert.All(history.Content!, h => Assert.False(string.IsNullOrEmpty(h.Status)));
        Assert.Equal(job.Status, history.Content![^1].Status);
        Assert.Contains("/user-api/v201804/users/", history.Content[0].Actions?.User?.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hiring_team_deserializes()
    {
        var job = (await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=1")).Content![0];

        var team = await sim.GetAsync<ContentListDto<HiringTeamMemberDto>>($"/jobs/{job.Id}/hiring-team");

        Assert.NotEmpty(team.Content!);
        Assert.Equal(team.Content!.Count, team.TotalFound);
        foreach (var member in team.Content!)
        {
            Assert.Matches("^[0-9a-f]{24}$", member.Id);
            Assert.False(string.IsNullOrEmpty(member.Role));
            Assert.EndsWith($"/users/{member.Id}", member.Actions?.Details?.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Job_ads_deserialize_from_a_bare_array()
    {
        var job = (await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=1")).Content![0];

        var ads = await sim.GetAsync<IReadOnlyList<JobAdDto>>($"/jobs/{job.Id}/jobads");

        Assert.NotEmpty(ads);
        Assert.Single(ads, a => a.Default == true);
        foreach (var ad in ads)
        {
            Assert.False(string.IsNullOrEmpty(ad.Id));
            Assert.False(string.IsNullOrEmpty(ad.Title));
            Assert.False(string.IsNullOrEmpty(ad.Language?.Code));
            Assert.False(string.IsNullOrEmpty(ad.JobAd?.Sections?.JobDescription?.Text));
            Assert.NotNull(ad.CreatedOn);
            Assert.NotNull(ad.UpdatedOn);
            Assert.Contains(ad.PostingStatus, new[] { "PUBLISHED", "NOT_PUBLISHED" });
            Assert.Contains(ad.Visibility, new[] { "PUBLIC", "INTERNAL", "PRIVATE" });
            Assert.False(string.IsNullOrEmpty(ad.Creator?.Id));
            Assert.EndsWith($"/jobads/{ad.Id}/postings", ad.Actions?.Postings?.Url, StringComparison.Ordinal);
        }
    }

    private async Task<List<JobDetailsDto>> AllJobDetailsAsync()
    {
        var jobs = new List<JobDetailsDto>();
        string? pageId = null;
        do
        {
            var page = await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=100" + (pageId is null ? "" : "&pageId=" + Uri.EscapeDataString(pageId)));
            foreach (var summary in page.Content!)
            {
                var details = await sim.GetAsync<JobDetailsDto>($"/jobs/{summary.Id}");
                Assert.Equal(summary.Id, details.Id);
                Assert.Equal(summary.Title, details.Title);
                Assert.Equal(summary.UpdatedOn, details.UpdatedOn);
                jobs.Add(details);
            }

            pageId = page.NextPageId;
        }
        while (!string.IsNullOrEmpty(pageId));

        return jobs;
    }
}
