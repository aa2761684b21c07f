namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class ScreeningQuestionMapperTests
{
    internal static ScreeningQuestionDto Question(string? id, string type, bool required = false, string? complianceType = null, params (string? Id, string? Label)[] values) => new()
    {
        Id = id,
        Label = "Question " + id,
        Repeatable = false,
        Fields =
        [
            new ScreeningQuestionFieldDto
            {
                Id = id + "-f",
                Label = "Field",
                Type = type,
                Required = required,
                ComplianceType = complianceType,
                Values = values.Select(v => new IdLabelDto { Id = v.Id, Label = v.Label }).ToList(),
            },
        ],
    };

    [Fact]
    public void Maps_id_title_and_null_description()
    {
        var question = ScreeningQuestionMapper.Map(Ctx, Question("q-experience", "INPUT_TEXT"))!;

        Assert.Equal("q-experience", question.RemoteId);
        Assert.Equal("Question q-experience", question.Title);
        Assert.Null(question.Description);
        Assert.Null(question.Category);
        Assert.Equal(ObservedAt, question.ChangedAt);
        Assert.Null(question.RemoteDeletedAt);
    }

    [Theory]
    [InlineData("INPUT_TEXT", "TEXT", "SINGLE_LINE")]
    [InlineData("TEXTAREA", "TEXT", "MULTI_LINE")]
    [InlineData("SINGLE_SELECT", "SINGLE_SELECT", "DROPDOWN")]
    [InlineData("RADIO", "SINGLE_SELECT", "RADIO")]
    [InlineData("MULTI_SELECT", "MULTI_SELECT", null)]
    [InlineData("CHECKBOX", "BOOLEAN", null)]
    [InlineData("INFORMATION", "INFORMATION", null)]
    [InlineData("FILE_UPLOAD", "UNKNOWN", null)]
    public void Format_table_from_the_first_field_type(string fieldType, string formatType, string? displayType)
    {
        var format = ScreeningQuestionMapper.Map(Ctx, Question("q", fieldType, values: [("a", "A")]))!.Format;

        Assert.NotNull(format);
        Assert.Equal(formatType, format.Type);
        Assert.Equal(displayType, format switch
        {
            TextQuestionFormat text => text.DisplayType,
            SingleSelectQuestionFormat select => select.DisplayType,
            _ => null,
        });
    }

    [Fact]
    public void Only_the_first_field_decides_the_format()
    {
        var question = Question("q", "TEXTAREA") with
        {
            Fields = [.. Question("q", "TEXTAREA").Fields!, .. Question("q2", "RADIO", values: [("a", "A")]).Fields!],
        };

        Assert.IsType<TextQuestionFormat>(ScreeningQuestionMapper.Map(Ctx, question)!.Format);
    }

    [Fact]
    public void Unknown_formats_keep_the_question_json()
    {
        var format = Assert.IsType<UnknownQuestionFormat>(ScreeningQuestionMapper.Map(Ctx, Question("q-cv", "FILE_UPLOAD"))!.Format);

        Assert.Equal("q-cv", format.RawQuestion!.Value.ToElement().GetProperty("id").GetString());
        Assert.IsType<UnknownQuestionFormat>(ScreeningQuestionMapper.Map(Ctx, Question("q", "INPUT_TEXT") with { Fields = [] })!.Format);
    }

    [Theory]
    [InlineData("SINGLE_SELECT")]
    [InlineData("RADIO")]
    [InlineData("MULTI_SELECT")]
    public void Options_come_from_the_values_in_order(string fieldType)
    {
        var format = ScreeningQuestionMapper.Map(Ctx, Question("q-start", fieldType, values: [("now", "Immediately"), ("1m", "Within a month"), ("x", "")]))!.Format;

        var options = format switch
        {
            SingleSelectQuestionFormat single => single.Options,
            MultiSelectQuestionFormat multi => multi.Options,
            _ => throw new InvalidOperationException(format?.Type),
        };
        Assert.Equal(["now", "1m", "x"], options.Select(o => o.RemoteId));
        Assert.Equal(["Immediately", "Within a month", "x"], options.Select(o => o.Name));
        Assert.Equal(ctxOptionId("q-start:now"), options[0].Id);
        Assert.Equal(3, options.Select(o => o.Id).Distinct().Count());

        static string ctxOptionId(string key) => Ctx.Id(ScreeningQuestionMapper.OptionModel, key);
    }

    [Fact]
    public void Options_without_values_are_empty_not_null()
    {
        var format = Assert.IsType<SingleSelectQuestionFormat>(ScreeningQuestionMapper.Map(Ctx, Question("q", "RADIO") with
        {
            Fields = [new ScreeningQuestionFieldDto { Id = "f", Type = "RADIO", Values = null }],
        })!.Format);

        Assert.Empty(format.Options);
    }

    [Fact]
    public void Category_is_eeo_when_any_field_has_the_diversity_compliance_type()
    {
        var second = new ScreeningQuestionFieldDto { Id = "f2", Type = "SINGLE_SELECT", ComplianceType = "DIVERSITY", Values = [] };
        var question = Question("q-gender", "INPUT_TEXT") with { Fields = [.. Question("q-gender", "INPUT_TEXT").Fields!, second] };

        Assert.Equal(ScreeningQuestionCategory.Eeo, ScreeningQuestionMapper.Map(Ctx, question)!.Category);
        Assert.Equal("EEO", ScreeningQuestionMapper.Map(Ctx, Question("q", "RADIO", complianceType: "DIVERSITY"))!.Category);
        Assert.Null(ScreeningQuestionMapper.Map(Ctx, Question("q", "RADIO", complianceType: "GDPR"))!.Category);
    }

    [Fact]
    public void A_question_without_id_is_skipped()
    {
        Assert.Null(ScreeningQuestionMapper.Map(Ctx, Question(null, "INPUT_TEXT")));
        var all = ScreeningQuestionMapper.MapAll(Ctx, new ApplyConfigurationDto { Questions = [Question("a", "INPUT_TEXT"), Question("", "RADIO"), Question("b", "CHECKBOX"), Question("a", "TEXTAREA")] });
        Assert.Equal(["a", "b"], all.Select(q => q.RemoteId));
        Assert.Empty(ScreeningQuestionMapper.MapAll(Ctx, null));
        Assert.Empty(ScreeningQuestionMapper.MapAll(Ctx, new ApplyConfigurationDto()));
    }

    [Fact]
    public void Ids_are_account_wide_deterministic_and_per_integration()
    {
        var question = ScreeningQuestionMapper.Map(Ctx, Question("q-relocate", "RADIO"))!;

        Assert.Equal(Ctx.Id(UnifiedModels.ScreeningQuestion, "q-relocate"), question.Id);
        Assert.Equal(question.Id, ScreeningQuestionMapper.Map(Ctx, Question("q-relocate", "RADIO") with { Label = "Renamed" })!.Id);
        Assert.NotEqual(question.Id, ScreeningQuestionMapper.Map(OtherIntegration, Question("q-relocate", "RADIO"))!.Id);
    }

    private static PostingDto Posting(string adId, string uuid) => new() { Id = "300" + adId, Uuid = uuid, JobAdId = adId, Visibility = "PUBLIC" };

    [Fact]
    public void The_public_posting_is_the_default_ads_when_several_ads_are_public()
    {
        JobAdDto[] ads = [JobMapperTests.Ad("ad-2", isDefault: false), JobMapperTests.Ad("ad-1", isDefault: true)];
        PostingDto[] postings = [Posting("ad-2", "uuid-2"), Posting("ad-1", "uuid-1"), Posting("other-job-ad", "uuid-x")];

        Assert.Equal("uuid-1", ScreeningQuestionMapper.SelectPublicPosting(ads, postings)?.Uuid);
    }

    [Fact]
    public void Without_a_public_default_ad_another_public_ad_is_used_in_api_order()
    {
        JobAdDto[] ads =
        [
            JobMapperTests.Ad("ad-1", isDefault: true, visibility: "INTERNAL"),
            JobMapperTests.Ad("ad-2", isDefault: false),
            JobMapperTests.Ad("ad-3", isDefault: false),
        ];

        Assert.Equal("uuid-2", ScreeningQuestionMapper.SelectPublicPosting(ads, [Posting("ad-3", "uuid-3"), Posting("ad-2", "uuid-2"), Posting("ad-1", "uuid-1")])?.Uuid);
    }

    [Fact]
    public void A_job_without_a_published_public_ad_has_no_public_posting()
    {
        JobAdDto[] ads =
        [
            JobMapperTests.Ad("ad-1", isDefault: true, postingStatus: "NOT_PUBLISHED"),
            JobMapperTests.Ad("ad-2", isDefault: false, visibility: "INTERNAL"),
            JobMapperTests.Ad("ad-3", isDefault: false, visibility: "PRIVATE"),
        ];

        Assert.Null(ScreeningQuestionMapper.SelectPublicPosting(ads, [Posting("ad-1", "uuid-1"), Posting("ad-2", "uuid-2"), Posting("ad-3", "uuid-3")]));
        Assert.Null(ScreeningQuestionMapper.SelectPublicPosting([JobMapperTests.Ad()], []));
        Assert.Null(ScreeningQuestionMapper.SelectPublicPosting([], [Posting("ad-1", "uuid-1")]));
    }
}
