namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using System.Globalization;
using System.Net;
using Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The public Posting API and the Apply API's posting configuration.</summary>
public sealed class PostingDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private string Company => sim.Simulator.Accounts.Accounts[0].Identifier;

    [Fact]
    public async Task Postings_list_deserializes_with_its_offset_envelope()
    {
        var page = await sim.GetAsync<PageDto<PostingDto>>($"/v1/companies/{Company}/postings?limit=3");

        Assert.Equal(3, page.Limit);
        Assert.Equal(0, page.Offset);
        Assert.True(page.TotalFound > 3);
        Assert.Equal(3, page.Content!.Count);
        foreach (var posting in page.Content)
        {
            Assert.False(string.IsNullOrEmpty(posting.Id));
            Assert.True(Guid.TryParse(posting.Uuid, out _));
            Assert.False(string.IsNullOrEmpty(posting.Name));
            Assert.False(string.IsNullOrEmpty(posting.JobAdId));
            Assert.NotNull(posting.DefaultJobAd);
            Assert.Equal(Company, posting.Company?.Identifier);
            Assert.False(string.IsNullOrEmpty(posting.Company!.Name));
            Assert.NotNull(posting.ReleasedDate);
            Assert.Equal(2, posting.Location?.Country?.Length);
            Assert.NotNull(posting.Location!.Remote);
            Assert.False(string.IsNullOrEmpty(posting.TypeOfEmployment?.Label));
            Assert.False(string.IsNullOrEmpty(posting.Department?.Label));
            Assert.NotNull(posting.CustomField);
            Assert.False(string.IsNullOrEmpty(posting.Creator?.Name));
            Assert.False(string.IsNullOrEmpty(posting.Language?.Code));
            Assert.Equal("PUBLIC", posting.Visibility);
            Assert.EndsWith($"/postings/{posting.Id}", posting.Ref, StringComparison.Ordinal);

            // Details-only fields.
            Assert.Null(posting.JobId);
            Assert.Null(posting.JobAd);
            Assert.Null(posting.Active);
        }
    }

    [Fact]
    public async Task Posting_details_deserialize_with_the_job_ad()
    {
        var listed = (await sim.GetAsync<PageDto<PostingDto>>($"/v1/companies/{Company}/postings?limit=100")).Content!;
        var summary = listed.First(p => p.ExperienceLevel is not null && p.CustomField!.Count > 0);

        var posting = await sim.GetAsync<PostingDto>($"/v1/companies/{Company}/postings/{summary.Id}");

        Assert.Equal(summary.Id, posting.Id);
        Assert.Equal(summary.Uuid, posting.Uuid);
        Assert.True(Guid.TryParse(posting.JobId, out _));
        Assert.True(posting.Active);
        Assert.False(string.IsNullOrEmpty(posting.ApplyUrl));
        Assert.False(string.IsNullOrEmpty(posting.PostingUrl));
        Assert.False(string.IsNullOrEmpty(posting.ReferralUrl));
        Assert.False(string.IsNullOrEmpty(posting.JobAd?.Sections?.JobDescription?.Text));
        Assert.False(string.IsNullOrEmpty(posting.JobAd.Sections.Qualifications?.Title));
        Assert.False(string.IsNullOrEmpty(posting.ExperienceLevel?.Id));
        Assert.False(string.IsNullOrEmpty(posting.ExperienceLevel.Name));
        var field = posting.CustomField![0];
        Assert.False(string.IsNullOrEmpty(field.FieldId));
        Assert.False(string.IsNullOrEmpty(field.FieldLabel));
        Assert.False(string.IsNullOrEmpty(field.ValueId));
        Assert.False(string.IsNullOrEmpty(field.ValueLabel));
        Assert.True(double.TryParse(posting.Location?.Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        Assert.True(double.TryParse(posting.Location.Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

        // The posting belongs to a job the Customer API knows.
        var job = await sim.GetAsync<JobDetailsDto>($"/jobs/{posting.JobId}");
        Assert.Equal(job.RefNumber, posting.RefNumber);
    }

    [Fact]
    public async Task Apply_configuration_deserializes_questions_fields_and_values()
    {
        var postings = (await sim.GetAsync<PageDto<PostingDto>>($"/v1/companies/{Company}/postings?limit=100")).Content!;
        var configurations = new List<ApplyConfigurationDto>();
        foreach (var posting in postings)
        {
            configurations.Add(await sim.GetAsync<ApplyConfigurationDto>($"/postings/{posting.Uuid}/configuration"));
        }

        var types = new[] { "INPUT_TEXT", "SINGLE_SELECT", "MULTI_SELECT", "RADIO", "CHECKBOX", "TEXTAREA", "INFORMATION" };
        var questions = configurations.SelectMany(c => c.Questions!).ToList();
        Assert.NotEmpty(questions);
        Assert.All(configurations, c => Assert.NotNull(c.Settings?.AvatarUploadAvailable));
        Assert.All(configurations, c => Assert.NotEmpty(c.PrivacyPolicies!));
        Assert.All(configurations.SelectMany(c => c.PrivacyPolicies!), p => Assert.False(string.IsNullOrEmpty(p.Url)));
        foreach (var question in questions)
        {
            Assert.False(string.IsNullOrEmpty(question.Id));
            Assert.False(string.IsNullOrEmpty(question.Label));
            Assert.NotNull(question.Repeatable);
            Assert.NotEmpty(question.Fields!);
            foreach (var field in question.Fields!)
            {
                Assert.False(string.IsNullOrEmpty(field.Id));
                Assert.Contains(field.Type, types);
                Assert.NotNull(field.Required);
                Assert.NotNull(field.Values);
            }
        }

        var fields = questions.SelectMany(q => q.Fields!).ToList();
        Assert.Contains(fields, f => f.Type is "SINGLE_SELECT" or "MULTI_SELECT" or "RADIO" && f.Values!.Count > 0 && f.Values.All(v => v.Id is { Length: > 0 } && v.Label is { Length: > 0 }));
        Assert.Contains(fields, f => f.Required == true);
    }

    [Fact]
    public async Task Apply_configuration_errors_deserialize_as_the_apply_api_error()
    {
        var error = await sim.GetErrorAsync<ApplyApiErrorDto>($"/postings/{Guid.NewGuid()}/configuration", HttpStatusCode.BadRequest);

        Assert.True(Guid.TryParse(error.Id, out _));
        Assert.Equal("RESOURCE_NOT_FOUND_ERROR", error.Code);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }
}
