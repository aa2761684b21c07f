namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The lenient reading rules, on hand-written bodies covering what the simulator never sends.</summary>
public sealed class SmartRecruitersJsonTests
{
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, SmartRecruitersJson.Options)!;

    [Fact]
    public void Unknown_fields_are_ignored_and_absent_fields_stay_null()
    {
        var candidate = Read<CandidateListItemDto>("""{"id":"c1","averageRating":4.5,"applicationLanguage":"en","status":null,"extra":{"a":[1,2]}}""");

        Assert.Equal("c1", candidate.Id);
        Assert.Null(candidate.FirstName);
        Assert.Null(candidate.PrimaryAssignment);
        Assert.Null(candidate.SecondaryAssignments);
        Assert.Null(candidate.Tags);
        Assert.Null(candidate.CreatedOn);
    }

    [Fact]
    public void Property_names_match_case_sensitively()
    {
        var user = Read<UserDto>("""{"Id":"wrong","FIRSTNAME":"wrong","id":"u1","firstName":"Ann"}""");

        Assert.Equal("u1", user.Id);
        Assert.Equal("Ann", user.FirstName);
    }

    [Fact]
    public void Job_coordinates_are_strings_and_tolerate_numbers()
    {
        Assert.Equal("52.2297", Read<LocationDto>("""{"latitude":"52.2297","longitude":"21.0122"}""").Latitude);
        var numeric = Read<LocationDto>("""{"latitude":52.2297,"longitude":-0.5,"remote":true}""");
        Assert.Equal("52.2297", numeric.Latitude);
        Assert.Equal("-0.5", numeric.Longitude);
        Assert.True(numeric.Remote);
        Assert.Null(Read<LocationDto>("""{"latitude":{"odd":true},"longitude":null}""").Latitude);
        Assert.Equal("1.5", Read<PostingLocationDto>("""{"latitude":1.5}""").Latitude);
    }

    [Fact]
    public void Candidate_coordinates_are_numbers_and_tolerate_strings()
    {
        var location = Read<CandidateLocationDto>("""{"city":"Kraków","lat":50.0647,"lng":"19.945"}""");

        Assert.Equal(50.0647, location.Lat);
        Assert.Equal(19.945, location.Lng);
    }

    [Theory]
    [InlineData("""{"limit":10,"nextPageId":"","content":[]}""")]
    [InlineData("""{"limit":10,"nextPageId":null,"content":[]}""")]
    [InlineData("""{"limit":10,"content":[]}""")]
    public void Every_last_page_marker_reads_as_no_next_page(string json)
    {
        var page = Read<PageDto<UserDto>>(json);

        Assert.True(string.IsNullOrEmpty(page.NextPageId));
        Assert.Empty(page.Content!);
    }

    [Fact]
    public void Numbers_may_come_as_strings()
    {
        var page = Read<PageDto<JobSummaryDto>>("""{"limit":"10","offset":"0","totalFound":"42"}""");
        var compensation = Read<CompensationDto>("""{"min":"50000","max":90000.5,"currency":"EUR"}""");

        Assert.Equal(42, page.TotalFound);
        Assert.Equal(50000m, compensation.Min);
        Assert.Equal(90000.5m, compensation.Max);
    }

    [Fact]
    public void Timestamps_parse_with_milliseconds_and_offsets()
    {
        var job = Read<JobSummaryDto>("""{"createdOn":"2024-03-05T12:31:10.447Z","updatedOn":"2024-03-05T14:31:10+02:00"}""");

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 12, 31, 10, 447, TimeSpan.Zero), job.CreatedOn);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 12, 31, 10, TimeSpan.Zero), job.UpdatedOn!.Value.ToUniversalTime());
    }

    [Fact]
    public void Audit_context_and_offer_properties_keep_any_json_value()
    {
        var audit = Read<AuditEventDto>("""{"eventName":"JOB_AD_UPDATED","context":{"previous":{"title":"A"},"current":{"title":"B"},"jobAdId":"x"}}""");
        var offer = Read<OfferDto>("""{"id":"o1","properties":{"baseSalary":120000,"startDate":"2026-02-01","bonus":{"amount":5}}}""");

        Assert.Equal("B", audit.Context!["current"].GetProperty("title").GetString());
        Assert.Equal("x", audit.Context["jobAdId"].GetString());
        Assert.Equal(120000, offer.Properties!["baseSalary"].GetInt32());
        Assert.Equal("2026-02-01", offer.Properties["startDate"].GetString());
    }

    [Fact]
    public void Non_camel_case_fields_are_mapped_explicitly()
    {
        var process = Read<HiringProcessDto>("""{"id":"p","subStatuses":{"IN_REVIEW":["Screen"],"INTERVIEW":[],"OFFERED":["Sent"],"NEW":["x"]}}""");
        var token = Read<OAuthTokenDto>("""{"access_token":"t","token_type":"bearer","expires_in":1800,"scope":"jobs_read"}""");

        Assert.Equal(["Screen"], process.SubStatuses!.InReview!);
        Assert.Empty(process.SubStatuses.Interview!);
        Assert.Equal(["Sent"], process.SubStatuses.Offered!);
        Assert.Equal("t", token.AccessToken);
        Assert.Equal(1800, token.ExpiresIn);
    }

    [Fact]
    public void The_simulator_tests_strict_read_rejects_fields_the_dtos_do_not_model()
    {
        // What makes every endpoint test also prove its DTO covers the whole response.
        Assert.Throws<JsonException>(() => SimulatorFixture.Read<UserDto>("""{"id":"u1","unmodelled":true}"""));
        Assert.Equal("u1", Read<UserDto>("""{"id":"u1","unmodelled":true}""").Id);
    }

    [Fact]
    public void Options_are_shared_and_frozen()
    {
        Assert.Same(SmartRecruitersJson.Options, SmartRecruitersJson.Options);
        Assert.True(SmartRecruitersJson.Options.IsReadOnly);
        Assert.False(SmartRecruitersJson.Options.PropertyNameCaseInsensitive);
    }
}
