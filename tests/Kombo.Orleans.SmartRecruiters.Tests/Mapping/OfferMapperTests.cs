namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class OfferMapperTests
{
    private static OfferDto Offer(string? status = "ACCEPTED") => new()
    {
        Id = "offer-1",
        Status = status,
        CreatedOn = At("2024-03-01T10:00:00.000+02:00"),
        UpdatedOn = At("2024-03-02T10:00:00.000Z"),
        Properties = new Dictionary<string, JsonElement>
        {
            ["startDate"] = JsonSerializer.SerializeToElement("2024-04-01"),
            ["baseSalary"] = JsonSerializer.SerializeToElement("95000"),
            ["bonus"] = JsonSerializer.SerializeToElement(5),
            ["currency"] = JsonSerializer.SerializeToElement("EUR"),
        },
        Actions = new OfferActionsDto
        {
            Candidate = new ActionDto { Url = "https://api.smartrecruiters.com/candidates/cand-1", Method = "GET" },
            Job = new ActionDto { Url = "https://api.smartrecruiters.com/jobs/job-1", Method = "GET" },
            Details = new ActionDto { Url = "https://api.smartrecruiters.com/candidates/cand-1/jobs/job-1/offers/offer-1", Method = "GET" },
        },
    };

    private static UnifiedOffer Map(OfferDto offer, string? applicationId = "app-1") => OfferMapper.Map(Ctx, new OfferSource(offer, "cand-1", "job-1", applicationId));

    [Theory]
    [InlineData("CREATED", "DRAFT")]
    [InlineData("PENDING_APPROVAL", "DRAFT")]
    [InlineData("APPROVED", "APPROVED")]
    [InlineData("PENDING_ACCEPTANCE", "SENT")]
    [InlineData("ACCEPTED", "ACCEPTED")]
    [InlineData("NOT_ACCEPTED", "DECLINED")]
    [InlineData("NOT_APPROVED", "ABANDONED")]
    [InlineData("ABANDONED", "ABANDONED")]
    [InlineData("ON_HOLD", "ON_HOLD")]
    [InlineData("created", "created")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void Status_table_with_unknown_values_passed_through(string? status, string? expected)
    {
        Assert.Equal(expected, OfferMapper.Status(status));
        Assert.Equal(expected, Map(Offer(status)).Status);
    }

    [Fact]
    public void Maps_ids_application_and_timestamps()
    {
        var offer = Map(Offer());

        Assert.Equal("offer-1", offer.RemoteId);
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Offer, "offer-1"), offer.Id);
        Assert.Equal(At("2024-03-01T08:00:00.000Z"), offer.RemoteCreatedAt);
        Assert.Equal(TimeSpan.Zero, offer.RemoteCreatedAt!.Value.Offset);
        Assert.Equal(At("2024-03-02T10:00:00.000Z"), offer.RemoteUpdatedAt);
        Assert.Empty(offer.CustomFields);
        Assert.Equal(ObservedAt, offer.ChangedAt);
        Assert.Null(offer.RemoteDeletedAt);
    }

    [Fact]
    public void The_application_is_resolved_from_candidate_and_job()
    {
        var application = new ApplicationDto { ApplicationId = "app-1", CandidateId = "cand-1", JobId = "job-1", Status = "OFFERED" };
        var unifiedApplication = ApplicationMapper.Map(Ctx, new ApplicationSource(application));

        Assert.Equal(unifiedApplication.Id, Map(Offer()).ApplicationId);
        Assert.Equal(unifiedApplication.Id, OfferMapper.Map(Ctx, OfferSource.For(Offer(), application)).ApplicationId);

        var withoutApplicationId = ApplicationMapper.Map(Ctx, new ApplicationSource(application with { ApplicationId = null }));
        Assert.Equal(withoutApplicationId.Id, Map(Offer(), applicationId: null).ApplicationId);
        Assert.Equal(Ctx.Id(UnifiedModels.Application, "cand-1:job-1"), Map(Offer(), applicationId: null).ApplicationId);
    }

    [Fact]
    public void The_offers_links_name_its_candidate_and_job_and_must_agree_with_the_caller()
    {
        Assert.Equal(("cand-1", "job-1"), OfferMapper.Owner(Offer()));
        Assert.Equal(("cand-1", "job-1"), OfferMapper.Owner(Offer() with { Actions = new OfferActionsDto { Details = Offer().Actions!.Details } }));
        Assert.Equal((null, null), OfferMapper.Owner(Offer() with { Actions = null }));

        Assert.Null(OfferMapper.Validate(new OfferSource(Offer(), "cand-1", "job-1")));
        Assert.Equal("offer offer-1 belongs to candidate cand-1, not cand-2", OfferMapper.Validate(new OfferSource(Offer(), "cand-2", "job-1")));
        Assert.Equal("offer offer-1 belongs to job job-1, not job-2", OfferMapper.Validate(new OfferSource(Offer(), "cand-1", "job-2")));
        Assert.Equal("offer without id", OfferMapper.Validate(Offer() with { Id = null }));
        Assert.Equal("offer offer-1: no candidate or job given", OfferMapper.Validate(new OfferSource(Offer(), "", "job-1")));
        Assert.Null(OfferMapper.Validate(new OfferSource(Offer() with { Actions = null }, "cand-9", "job-9")));
        Assert.Throws<ArgumentException>(() => OfferMapper.Map(Ctx, new OfferSource(Offer(), "cand-2", "job-1")));
    }

    [Fact]
    public void One_custom_integration_field_per_property_keyed_by_its_name()
    {
        var fields = Map(Offer()).IntegrationFields;

        Assert.Equal(["baseSalary", "bonus", "currency", "startDate"], fields.Select(f => f.Key));
        Assert.All(fields, f => Assert.Equal((f.Key, f.Key, "CUSTOM"), (f.Id, f.Label, f.Type)));
        Assert.Equal(RawJson.FromString("95000"), fields[0].Value);
        Assert.Equal(new RawJson("5"), fields[1].Value);
        Assert.Equal(RawJson.FromString("2024-04-01"), fields[3].Value);
        Assert.Empty(Map(Offer() with { Properties = null }).IntegrationFields);
    }

    [Theory]
    [InlineData("\"2024-04-01\"", "2024-04-01T00:00:00.000Z")]
    [InlineData("\"2024-04-01T08:30:00+02:00\"", "2024-04-01T06:30:00.000Z")]
    [InlineData("\"soon\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("20240401", null)]
    [InlineData("null", null)]
    public void Employment_start_date_is_the_start_date_property_a_date_at_midnight_utc(string json, string? expected)
    {
        var properties = new Dictionary<string, JsonElement> { ["startDate"] = JsonDocument.Parse(json).RootElement.Clone() };

        var start = Map(Offer() with { Properties = properties }).EmploymentStartDate;

        Assert.Equal(expected is null ? null : At(expected), start);
        if (start is not null)
        {
            Assert.Equal(TimeSpan.Zero, start.Value.Offset);
        }

        Assert.Null(Map(Offer() with { Properties = new Dictionary<string, JsonElement>() }).EmploymentStartDate);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_offer_path()
    {
        var (key, raw) = Assert.Single(Map(Offer()).RemoteData!);

        Assert.Equal("/candidates/cand-1/jobs/job-1/offers/offer-1", key);
        Assert.Equal("95000", raw.ToElement().GetProperty("properties").GetProperty("baseSalary").GetString());
    }
}
