namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class JobPostingMapperTests
{
    private const string JobId = JobMapperTests.JobId;

    [Fact]
    public void Maps_title_description_url_job_and_created_on()
    {
        var ad = JobMapperTests.Ad() with
        {
            CreatedOn = new DateTimeOffset(2025, 3, 5, 14, 0, 0, TimeSpan.FromHours(2)),
            JobAd = new JobAdContentDto { Sections = JobMapperTests.Sections(company: ("About", "<p>Us.</p>"), job: ("", "<p>Role.</p>")) },
        };

        var posting = JobPostingMapper.Map(Ctx, JobId, ad);

        Assert.Equal("ad-1", posting.RemoteId);
        Assert.Equal("Backend Engineer", posting.Title);
        Assert.Equal("<h3>About</h3><p>Us.</p>\n<p>Role.</p>", posting.DescriptionHtml);
        Assert.Equal("https://jobs.smartrecruiters.com/acme/ad-1?oga=true", posting.Url);
        Assert.Equal(Ctx.Id(UnifiedModels.Job, JobId), posting.JobId);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 12, 0, 0, TimeSpan.Zero), posting.RemoteCreatedAt);
        Assert.Equal(TimeSpan.Zero, posting.RemoteCreatedAt!.Value.Offset);
        Assert.Equal(ObservedAt, posting.ChangedAt);
        Assert.Null(posting.RemoteDeletedAt);
    }

    [Theory]
    [InlineData("PUBLISHED", "ACTIVE")]
    [InlineData("NOT_PUBLISHED", "INACTIVE")]
    [InlineData("SCHEDULED", "SCHEDULED")]
    [InlineData(null, null)]
    public void Status_table(string? postingStatus, string? expected) =>
        Assert.Equal(expected, JobPostingMapper.Map(Ctx, JobId, JobMapperTests.Ad() with { PostingStatus = postingStatus }).Status);

    [Theory]
    [InlineData("PUBLIC", "PUBLIC")]
    [InlineData("INTERNAL", "INTERNAL")]
    [InlineData("PRIVATE", "UNLISTED")]
    [InlineData("SECRET", "SECRET")]
    [InlineData(null, null)]
    public void Visibility_table(string? visibility, string? expected) =>
        Assert.Equal(expected, JobPostingMapper.Map(Ctx, JobId, JobMapperTests.Ad() with { Visibility = visibility }).Visibility);

    [Fact]
    public void Empty_texts_are_null()
    {
        var posting = JobPostingMapper.Map(Ctx, JobId, JobMapperTests.Ad() with { Title = "", ApplyUrl = " ", JobAd = null });

        Assert.Null(posting.Title);
        Assert.Null(posting.Url);
        Assert.Null(posting.DescriptionHtml);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_job_ad_path()
    {
        var posting = JobPostingMapper.Map(Ctx, JobId, JobMapperTests.Ad());

        Assert.Equal("PUBLISHED", Raw(posting.RemoteData, $"/jobs/{JobId}/jobads/ad-1").GetProperty("postingStatus").GetString());
        Assert.Single(posting.RemoteData!);
    }

    [Fact]
    public void Ids_are_deterministic_and_per_integration_and_every_ad_is_a_posting()
    {
        var postings = JobPostingMapper.MapAll(Ctx, JobId, [JobMapperTests.Ad("ad-1"), JobMapperTests.Ad("ad-2", isDefault: false), null, JobMapperTests.Ad("") ]);

        Assert.Equal(["ad-1", "ad-2"], postings.Select(p => p.RemoteId));
        Assert.Equal(Ctx.Id(UnifiedModels.JobPosting, "ad-1"), postings[0].Id);
        Assert.Equal(postings[0].Id, JobPostingMapper.Map(Ctx, JobId, JobMapperTests.Ad("ad-1") with { Title = "Renamed" }).Id);
        Assert.NotEqual(postings[0].Id, JobPostingMapper.Map(OtherIntegration, JobId, JobMapperTests.Ad("ad-1")).Id);
        Assert.NotEqual(postings[0].Id, postings[1].Id);
    }
}
