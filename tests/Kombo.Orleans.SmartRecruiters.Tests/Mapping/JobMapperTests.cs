namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class JobMapperTests
{
    internal const string JobId = "7303b8cd-d439-4fe7-a029-50a6d9c042c4";

    private static readonly DateTimeOffset T0 = new(2025, 3, 5, 12, 31, 10, 447, TimeSpan.Zero);

    internal static JobAdSectionsDto Sections(
        (string? Title, string? Text)? company = null,
        (string? Title, string? Text)? job = null,
        (string? Title, string? Text)? qualifications = null,
        (string? Title, string? Text)? additional = null)
    {
        static JobAdSectionDto? Section((string? Title, string? Text)? s) => s is { } v ? new JobAdSectionDto { Title = v.Title, Text = v.Text } : null;
        return new JobAdSectionsDto
        {
            CompanyDescription = Section(company),
            JobDescription = Section(job),
            Qualifications = Section(qualifications),
            AdditionalInformation = Section(additional),
        };
    }

    internal static JobAdDto Ad(string id = "ad-1", bool isDefault = true, string postingStatus = "PUBLISHED", string visibility = "PUBLIC") => new()
    {
        Id = id,
        Title = "Backend Engineer",
        Default = isDefault,
        PostingStatus = postingStatus,
        Visibility = visibility,
        ApplyUrl = $"https://jobs.smartrecruiters.com/acme/{id}?oga=true",
        CreatedOn = T0,
        JobAd = new JobAdContentDto { Sections = Sections(job: ("Job Description", "<p>Ad text.</p>")) },
    };

    internal static JobDetailsDto Details() => new()
    {
        Id = JobId,
        Title = "Backend Engineer",
        RefNumber = "REF-1001",
        CreatedOn = T0,
        UpdatedOn = T0.AddDays(3),
        Status = "SOURCING",
        PostingStatus = "PUBLIC",
        Department = new DepartmentDto { Id = "12345", Label = "Engineering" },
        Function = new IdLabelDto { Id = "engineering", Label = "Software Engineering" },
        ExperienceLevel = new IdLabelDto { Id = "mid_senior_level", Label = "Mid-Senior Level" },
        TypeOfEmployment = new IdLabelDto { Id = "permanent", Label = "Full-time" },
        Compensation = new CompensationDto { Min = 60000m, Max = 90000.5m, Currency = "EUR" },
        Location = new LocationDto { Address = "1 Main Street", City = "Warsaw", Region = "Masovia", Country = "Poland", CountryCode = "pl", PostalCode = "00-001" },
        JobAd = new JobAdContentDto
        {
            Sections = Sections(
                company: ("Company Description", "<p>We build.</p>"),
                job: ("Job Description", "<p>You build.</p>"),
                qualifications: ("Qualifications", "<ul><li>Curiosity</li></ul>"),
                additional: ("Additional Information", "<p>Hybrid.</p>")),
        },
        Properties =
        [
            new JobPropertyDto { Id = "f3a2c1d0-1111-4e5f-8a9b-000000000001", Label = "Cost center", Value = new IdLabelDto { Id = "v1", Label = "CC-100" } },
            new JobPropertyDto { Id = "f3a2c1d0-1111-4e5f-8a9b-000000000002", Label = "Band", Value = null },
        ],
    };

    private static JobStatusChangeDto Change(string status, DateTimeOffset at) => new() { Status = status, ChangedOn = at };

    internal static JobSource Source(JobDetailsDto? details = null, IReadOnlyList<JobStatusChangeDto>? history = null, IReadOnlyList<JobAdDto>? ads = null) =>
        new(details ?? Details(), history ?? [Change("CREATED", T0), Change("SOURCING", T0.AddDays(1))], ads ?? [Ad()]);

    [Fact]
    public void Maps_the_plain_fields()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Equal(JobId, job.RemoteId);
        Assert.Equal("Backend Engineer", job.Name);
        Assert.Equal("REF-1001", job.JobCode);
        Assert.Equal("Software Engineering", job.Category);
        Assert.Equal("Engineering", job.Department);
        Assert.Equal("Mid-Senior Level", job.ExperienceLevel);
        Assert.Equal(60000m, job.SalaryAmountFrom);
        Assert.Equal(90000.5m, job.SalaryAmountTo);
        Assert.Equal("EUR", job.SalaryCurrency);
        Assert.Null(job.SalaryPeriod);
        Assert.Null(job.SalaryAmount);
        Assert.Equal(T0, job.RemoteCreatedAt);
        Assert.Equal(T0.AddDays(3), job.RemoteUpdatedAt);
        Assert.Equal(ObservedAt, job.ChangedAt);
        Assert.Null(job.RemoteDeletedAt);
        Assert.Null(job.Confidential);
        Assert.Null(job.WeeklyHours);
        Assert.Null(job.RemoteWorkStatus);
        Assert.Null(job.ClosedAt);
        Assert.Null(job.ContactId);
        Assert.Null(job.RemoteUrl);
    }

    [Fact]
    public void Absent_values_are_null_not_empty()
    {
        var job = JobMapper.Map(Ctx, Source(Details() with
        {
            RefNumber = "",
            Function = null,
            Department = new DepartmentDto { Id = "1", Label = " " },
            ExperienceLevel = null,
            Compensation = new CompensationDto { Currency = "" },
            Location = new LocationDto(),
            JobAd = null,
            TypeOfEmployment = null,
            Properties = null,
        }));

        Assert.Null(job.JobCode);
        Assert.Null(job.Category);
        Assert.Null(job.Department);
        Assert.Null(job.ExperienceLevel);
        Assert.Null(job.SalaryAmountFrom);
        Assert.Null(job.SalaryCurrency);
        Assert.Null(job.Location);
        Assert.Null(job.Description);
        Assert.Null(job.EmploymentType);
        Assert.Empty(job.IntegrationFields);
        Assert.Empty(job.CustomFields);
    }

    [Fact]
    public void Timestamps_are_utc()
    {
        var local = new DateTimeOffset(2025, 3, 5, 14, 31, 10, 447, TimeSpan.FromHours(2));
        var job = JobMapper.Map(Ctx, Source(Details() with { CreatedOn = local, UpdatedOn = local }, history: [Change("SOURCING", local)]));

        Assert.Equal(TimeSpan.Zero, job.RemoteCreatedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 12, 31, 10, 447, TimeSpan.Zero), job.RemoteCreatedAt);
        Assert.Equal(TimeSpan.Zero, job.RemoteUpdatedAt!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, job.OpenedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("CREATED", "DRAFT")]
    [InlineData("SOURCING", "OPEN")]
    [InlineData("INTERVIEW", "OPEN")]
    [InlineData("OFFER", "OPEN")]
    [InlineData("FILLED", "CLOSED")]
    [InlineData("ON_HOLD", "CLOSED")]
    [InlineData("CANCELLED", "ARCHIVED")]
    [InlineData("OTHER", "OTHER")]
    [InlineData("SOMETHING_NEW", "SOMETHING_NEW")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void Status_table(string? status, string? expected)
    {
        Assert.Equal(expected, JobMapper.StatusOf(status));
        Assert.Equal(expected, JobMapper.Map(Ctx, Source(Details() with { Status = status })).Status);
    }

    [Theory]
    [InlineData("PUBLIC", "PUBLIC")]
    [InlineData("INTERNAL", "INTERNAL")]
    [InlineData("PRIVATE", "UNLISTED")]
    [InlineData("NOT_PUBLISHED", "UNLISTED")]
    [InlineData("CONFIDENTIAL_NEW", "CONFIDENTIAL_NEW")]
    [InlineData(null, null)]
    public void Visibility_table(string? postingStatus, string? expected)
    {
        Assert.Equal(expected, JobMapper.VisibilityOf(postingStatus));
        Assert.Equal(expected, JobMapper.Map(Ctx, Source(Details() with { PostingStatus = postingStatus })).Visibility);
    }

    [Theory]
    // The id maps (case- and separator-insensitive).
    [InlineData("full-time", "Whatever", "FULL_TIME")]
    [InlineData("FULL_TIME", null, "FULL_TIME")]
    [InlineData("Full Time", null, "FULL_TIME")]
    [InlineData("part-time", "Part-time", "PART_TIME")]
    [InlineData("PartTime", null, "PART_TIME")]
    [InlineData("contract", "Contract", "CONTRACT")]
    [InlineData("contractor", null, "CONTRACT")]
    [InlineData("temporary", "Temporary", "CONTRACT")]
    [InlineData("intern", "Internship", "INTERNSHIP")]
    [InlineData("internship", null, "INTERNSHIP")]
    [InlineData("seasonal", "Seasonal", "SEASONAL")]
    [InlineData("SEASONAL", null, "SEASONAL")]
    // The id does not map: the label does.
    [InlineData("permanent", "Full-time", "FULL_TIME")]
    [InlineData("5c8e2f1a9b", "part time", "PART_TIME")]
    [InlineData("x1", "Temporary", "CONTRACT")]
    [InlineData("x2", "INTERN", "INTERNSHIP")]
    [InlineData(null, "Seasonal", "SEASONAL")]
    // Neither maps: the label, else the id.
    [InlineData("5c8e2f1a9b", "Freelance", "Freelance")]
    [InlineData("permanent", "Permanent", "Permanent")]
    [InlineData("freelance", "", "freelance")]
    [InlineData(null, null, null)]
    public void Employment_type_table_with_label_fallback(string? id, string? label, string? expected)
    {
        var type = new IdLabelDto { Id = id, Label = label };

        Assert.Equal(expected, JobMapper.EmploymentTypeOf(type));
        Assert.Equal(expected, JobMapper.Map(Ctx, Source(Details() with { TypeOfEmployment = type })).EmploymentType);
    }

    [Fact]
    public void Description_renders_the_four_sections_in_order_with_titles()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Equal(
            "<h3>Company Description</h3><p>We build.</p>\n"
            + "<h3>Job Description</h3><p>You build.</p>\n"
            + "<h3>Qualifications</h3><ul><li>Curiosity</li></ul>\n"
            + "<h3>Additional Information</h3><p>Hybrid.</p>",
            job.Description);
    }

    [Fact]
    public void Description_skips_sections_with_empty_text_and_omits_empty_titles()
    {
        var sections = Sections(
            company: ("Company Description", ""),
            job: ("", "<p>You build.</p>"),
            qualifications: ("Qualifications", null),
            additional: (null, "<p>Hybrid.</p>"));

        Assert.Equal("<p>You build.</p>\n<p>Hybrid.</p>", JobMapper.DescriptionHtml(sections));
        Assert.Equal("<h3>Qualifications</h3><ul><li>A</li></ul>", JobMapper.DescriptionHtml(Sections(qualifications: ("Qualifications", "<ul><li>A</li></ul>"))));
    }

    [Fact]
    public void Description_is_null_without_any_text()
    {
        Assert.Null(JobMapper.DescriptionHtml(Sections(company: ("Company Description", ""), job: ("Job Description", "  "))));
        Assert.Null(JobMapper.DescriptionHtml(new JobAdSectionsDto()));
        Assert.Null(JobMapper.DescriptionHtml(null));
    }

    [Fact]
    public void Location_maps_parts_and_composes_raw()
    {
        var location = JobMapper.Map(Ctx, Source()).Location;

        Assert.NotNull(location);
        Assert.Equal("Warsaw", location.City);
        Assert.Equal("Masovia", location.State);
        Assert.Equal("PL", location.Country);
        Assert.Equal("00-001", location.ZipCode);
        Assert.Equal("1 Main Street", location.Street1);
        Assert.Null(location.Street2);
        Assert.Equal("1 Main Street, Warsaw, Masovia, Poland", location.Raw);
    }

    [Theory]
    [InlineData(null, "Berlin", null, null, "de", "Berlin, DE")]
    [InlineData("", "Berlin", "", "", "de", "Berlin, DE")]
    [InlineData(null, null, "Bavaria", "Germany", null, "Bavaria, Germany")]
    [InlineData("5 Elm St", null, null, null, null, "5 Elm St")]
    public void Location_raw_keeps_the_non_empty_parts_and_uses_the_code_without_a_country_name(
        string? address, string? city, string? region, string? country, string? code, string expectedRaw)
    {
        var details = Details() with { Location = new LocationDto { Address = address, City = city, Region = region, Country = country, CountryCode = code } };

        Assert.Equal(expectedRaw, JobMapper.Map(Ctx, Source(details)).Location?.Raw);
    }

    [Fact]
    public void Post_url_is_the_default_ad_apply_url_when_it_is_published_and_public()
    {
        Assert.Equal("https://jobs.smartrecruiters.com/acme/ad-1?oga=true", JobMapper.Map(Ctx, Source(ads: [Ad("ad-2", isDefault: false), Ad("ad-1")])).PostUrl);
    }

    [Theory]
    [InlineData(true, "NOT_PUBLISHED", "PUBLIC")]
    [InlineData(true, "PUBLISHED", "INTERNAL")]
    [InlineData(true, "PUBLISHED", "PRIVATE")]
    [InlineData(false, "PUBLISHED", "PUBLIC")]
    public void Post_url_is_null_otherwise(bool isDefault, string postingStatus, string visibility)
    {
        Assert.Null(JobMapper.Map(Ctx, Source(ads: [Ad(isDefault: isDefault, postingStatus: postingStatus, visibility: visibility)])).PostUrl);
    }

    [Fact]
    public void Post_url_is_null_without_ads_or_apply_url()
    {
        Assert.Null(JobMapper.Map(Ctx, Source(ads: [])).PostUrl);
        Assert.Null(JobMapper.Map(Ctx, Source(ads: [Ad() with { ApplyUrl = "" }])).PostUrl);
    }

    [Fact]
    public void Opened_at_is_the_first_change_to_a_status_that_maps_to_open()
    {
        JobStatusChangeDto[] history =
        [
            Change("CREATED", T0),
            Change("ON_HOLD", T0.AddDays(1)),
            Change("INTERVIEW", T0.AddDays(5)),
            Change("SOURCING", T0.AddDays(2)),
            Change("OFFER", T0.AddDays(9)),
        ];

        Assert.Equal(T0.AddDays(2), JobMapper.Map(Ctx, Source(history: history)).OpenedAt);
    }

    [Fact]
    public void Opened_at_is_null_when_the_job_never_opened()
    {
        Assert.Null(JobMapper.Map(Ctx, Source(history: [Change("CREATED", T0), Change("CANCELLED", T0.AddDays(1))])).OpenedAt);
        Assert.Null(JobMapper.Map(Ctx, Source(history: [])).OpenedAt);
        Assert.Null(JobMapper.Map(Ctx, Source(history: [new JobStatusChangeDto { Status = "SOURCING" }])).OpenedAt);
    }

    [Fact]
    public void Integration_fields_are_the_job_properties()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Equal(2, job.IntegrationFields.Count);
        var costCenter = job.IntegrationFields[0];
        Assert.Equal("f3a2c1d0-1111-4e5f-8a9b-000000000001", costCenter.Id);
        Assert.Equal("f3a2c1d0-1111-4e5f-8a9b-000000000001", costCenter.Key);
        Assert.Equal(IntegrationFieldType.Custom, costCenter.Type);
        Assert.Equal("Cost center", costCenter.Label);
        Assert.Equal("\"CC-100\"", costCenter.Value?.Text);
        Assert.Equal("Band", job.IntegrationFields[1].Label);
        Assert.Null(job.IntegrationFields[1].Value);
    }

    [Fact]
    public void Integration_fields_are_ordered_by_property_id_and_skip_properties_without_id()
    {
        var details = Details() with
        {
            Properties =
            [
                new JobPropertyDto { Id = "b-prop", Label = "B", Value = new IdLabelDto { Id = "1", Label = "Beta" } },
                new JobPropertyDto { Id = null, Label = "No id", Value = new IdLabelDto { Id = "2", Label = "Lost" } },
                new JobPropertyDto { Id = "a-prop", Label = "A", Value = new IdLabelDto { Id = "3", Label = "Alpha" } },
                new JobPropertyDto { Id = "b-prop", Label = "B again", Value = new IdLabelDto { Id = "4", Label = "Ignored" } },
            ],
        };

        var fields = JobMapper.Map(Ctx, Source(details)).IntegrationFields;

        Assert.Equal(["a-prop", "b-prop"], fields.Select(f => f.Key));
        Assert.Equal(["\"Alpha\"", "\"Beta\""], fields.Select(f => f.Value?.Text));
    }

    [Fact]
    public void Custom_fields_are_an_empty_object_as_no_custom_field_mapping_is_configured()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Empty(job.CustomFields);
        var json = System.Text.Json.JsonSerializer.SerializeToElement(job, UnifiedJson.Options);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, json.GetProperty("custom_fields").ValueKind);
        Assert.Equal("CC-100", json.GetProperty("integration_fields")[0].GetProperty("value").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("integration_fields")[1].GetProperty("value").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("salary_period").ValueKind);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_api_paths()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Equal(
            [$"/jobs/{JobId}", $"/jobs/{JobId}/jobads", $"/jobs/{JobId}/status/history"],
            job.RemoteData!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("REF-1001", Raw(job.RemoteData, $"/jobs/{JobId}").GetProperty("refNumber").GetString());
        var history = Raw(job.RemoteData, $"/jobs/{JobId}/status/history");
        Assert.Equal(2, history.GetProperty("totalFound").GetInt32());
        Assert.Equal("SOURCING", history.GetProperty("content")[1].GetProperty("status").GetString());
        Assert.Equal("ad-1", Raw(job.RemoteData, $"/jobs/{JobId}/jobads")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Ids_are_deterministic_and_per_integration()
    {
        var job = JobMapper.Map(Ctx, Source());

        Assert.Equal(Ctx.Id(UnifiedModels.Job, JobId), job.Id);
        Assert.Equal(job.Id, JobMapper.Map(Ctx, Source(Details() with { Title = "Renamed" })).Id);
        Assert.NotEqual(job.Id, JobMapper.Map(OtherIntegration, Source()).Id);
        Assert.NotEqual(job.Id, JobMapper.Map(Ctx, Source(Details() with { Id = "0f1e2d3c-0000-4000-8000-000000000000" })).Id);
    }

    [Fact]
    public void A_job_without_id_is_refused() =>
        Assert.Throws<ArgumentException>(() => JobMapper.Map(Ctx, Source(Details() with { Id = "" })));

    [Fact]
    public async Task Simulator_jobs_with_postings_hiring_teams_roles_stages_and_screening_questions_map_without_losing_a_record()
    {
        await using var sim = await SimulatorSource.StartAsync();
        var summaries = await sim.AllPagesAsync<JobSummaryDto>("/jobs?sort=job_id&limit=100");
        var postings = await PostingsAsync(sim);
        var processes = (await sim.GetAsync<ContentListDto<HiringProcessDto>>("/configuration/hiring-processes")).Content!;
        var catalog = ApplicationStageMapper.Map(Ctx, processes, []);

        var jobs = new List<UnifiedJob>();
        var jobPostings = new List<UnifiedJobPosting>();
        var members = new List<UnifiedJobHiringTeamMember>();
        var assignments = new List<UnifiedJobUserRoleAssignment>();
        var questions = new List<UnifiedScreeningQuestion>();
        var jobQuestions = new List<UnifiedJobScreeningQuestion>();
        var seenRoles = new List<string?>();
        var adCount = 0;
        var teamCount = 0;
        foreach (var summary in summaries)
        {
            var details = await sim.GetAsync<JobDetailsDto>($"/jobs/{summary.Id}");
            var history = (await sim.GetAsync<ContentListDto<JobStatusChangeDto>>($"/jobs/{summary.Id}/status/history")).Content!;
            var ads = await sim.GetAsync<List<JobAdDto>>($"/jobs/{summary.Id}/jobads");
            var team = (await sim.GetAsync<ContentListDto<HiringTeamMemberDto>>($"/jobs/{summary.Id}/hiring-team")).Content!;
            adCount += ads.Count;
            teamCount += team.Count;
            seenRoles.AddRange(team.Select(m => m.Role));

            var job = JobMapper.Map(Ctx, new JobSource(details, history, ads));
            jobs.Add(job);
            Assert.Equal(summary.Id, job.RemoteId);
            Assert.Equal(summary.Title, job.Name);
            Assert.Equal(JobMapper.StatusOf(summary.Status), job.Status);
            Assert.Contains(job.Status, JobStatus.All);
            Assert.Contains(job.Visibility, JobVisibility.All);
            Assert.NotNull(job.Description);
            Assert.NotNull(job.EmploymentType);
            Assert.Equal(history.Any(h => JobMapper.StatusOf(h.Status) == JobStatus.Open), job.OpenedAt is not null);

            jobPostings.AddRange(JobPostingMapper.MapAll(Ctx, summary.Id!, ads));
            members.AddRange(JobHiringTeamMemberMapper.Map(Ctx, summary.Id!, team));
            assignments.AddRange(JobUserRoleAssignmentMapper.Map(Ctx, summary.Id!, team));

            var posting = ScreeningQuestionMapper.SelectPublicPosting(ads, postings);
            Assert.Equal(ads.Any(a => a is { PostingStatus: "PUBLISHED", Visibility: "PUBLIC" }), posting is not null);
            var configuration = posting is null ? null : await sim.GetAsync<ApplyConfigurationDto>($"/postings/{posting.Uuid}/configuration");
            questions.AddRange(ScreeningQuestionMapper.MapAll(Ctx, configuration));
            var mappedJobQuestions = JobScreeningQuestionMapper.Map(Ctx, summary.Id!, configuration);
            Assert.Equal(configuration?.Questions?.Count ?? 0, mappedJobQuestions.Count);
            jobQuestions.AddRange(mappedJobQuestions);

            var stages = JobApplicationStageMapper.Map(Ctx, catalog, summary.Id!, []);
            Assert.Equal(catalog.ActiveRemoteIds.Count, stages.Count);
        }

        var roles = RoleMapper.MapJobRoles(Ctx, seenRoles);

        Assert.NotEmpty(jobs);
        Assert.Equal(summaries.Count, jobs.Select(j => j.Id).Distinct().Count());
        Assert.Contains(jobs, j => j.PostUrl is not null);
        Assert.Contains(jobs, j => j.IntegrationFields.Count > 0);

        Assert.Equal(adCount, jobPostings.Select(p => p.Id).Distinct().Count());
        Assert.All(jobPostings, p => Assert.Contains(p.JobId, jobs.Select(j => j.Id)));

        Assert.Equal(teamCount, assignments.Count);
        Assert.All(assignments, a => Assert.Contains(a.JobUserId, members.Select(m => m.Id)));
        Assert.All(assignments, a => Assert.Contains(a.RoleId, roles.Select(r => r.Id)));
        Assert.All(members, m => Assert.NotEmpty(m.Roles));

        Assert.NotEmpty(jobQuestions);
        Assert.All(jobQuestions, q => Assert.Contains(q.QuestionId, questions.Select(x => x.Id)));
        Assert.Contains(questions, q => q.Category == ScreeningQuestionCategory.Eeo);
    }

    private static async Task<List<PostingDto>> PostingsAsync(SimulatorSource sim)
    {
        var all = new List<PostingDto>();
        for (var offset = 0; ; offset += 100)
        {
            var page = await sim.GetAsync<PageDto<PostingDto>>($"/v1/companies/{sim.Company}/postings?limit=100&offset={offset}");
            all.AddRange(page.Content ?? []);
            if ((page.Content?.Count ?? 0) < 100)
            {
                return all;
            }
        }
    }
}
