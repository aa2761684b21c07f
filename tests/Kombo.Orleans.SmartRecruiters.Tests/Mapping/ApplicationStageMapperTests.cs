namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class ApplicationStageMapperTests
{
    internal static HiringProcessDto Process(string id, bool? active, string[]? review = null, string[]? interview = null, string[]? offered = null) => new()
    {
        Id = id,
        Name = "Process " + id,
        Active = active,
        SubStatuses = new HiringProcessSubStatusesDto { InReview = review ?? [], Interview = interview ?? [], Offered = offered ?? [] },
    };

    /// <summary>An inactive process listed first, two active ones with a shared label, and one label listed twice in one process.</summary>
    internal static readonly HiringProcessDto[] Processes =
    [
        Process("legacy", active: false, review: ["Legacy screening", "Phone screen"], interview: ["Panel interview"], offered: ["Verbal offer"]),
        Process("default", active: true, review: ["Phone screen", "Hiring manager review"], interview: ["1st interview", "Onsite", "Onsite"], offered: ["Offer sent"]),
        Process("engineering", active: true, review: ["Phone screen", "Coding challenge"], interview: ["Technical interview", "Onsite"], offered: []),
    ];

    [Fact]
    public void Global_index_orders_statuses_each_followed_by_its_sub_statuses_active_processes_first_then_unlisted_by_remote_id()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, ["OFFERED:Zeta", "INTERVIEW:Assessment centre", "NEW", "IN_REVIEW:Old phone screen", "INTERVIEW:Onsite", "OFFERED:Zeta", null, ""]);

        Assert.Equal(
        [
            "LEAD",
            "NEW",
            "IN_REVIEW", "IN_REVIEW:Phone screen", "IN_REVIEW:Hiring manager review", "IN_REVIEW:Coding challenge", "IN_REVIEW:Legacy screening",
            "INTERVIEW", "INTERVIEW:1st interview", "INTERVIEW:Onsite", "INTERVIEW:Technical interview", "INTERVIEW:Panel interview",
            "OFFERED", "OFFERED:Offer sent", "OFFERED:Verbal offer",
            "HIRED",
            "INTERVIEW:Assessment centre", "IN_REVIEW:Old phone screen", "OFFERED:Zeta",
        ], catalog.Stages.Select(s => s.RemoteId));
        Assert.Equal(Enumerable.Range(0, catalog.Stages.Count), catalog.Stages.Select(s => s.GlobalIndex));
    }

    [Fact]
    public void Status_stages_are_humanised_and_sub_status_stages_are_named_by_their_label()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, []);

        Assert.Equal(["Lead", "New", "In Review", "Interview", "Offered", "Hired"],
            StageIds.StageStatuses.Select(s => catalog.Find(s)!.Name));
        Assert.Equal("Hiring manager review", catalog.Find("IN_REVIEW:Hiring manager review")!.Name);
        Assert.Equal("1st interview", catalog.Find("INTERVIEW:1st interview")!.Name);
    }

    [Fact]
    public void Outcomes_are_not_stages()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, ["REJECTED", "WITHDRAWN", "TRANSFERRED", "REJECTED:Too late"]);

        Assert.Equal(StageIds.StageStatuses.Count + 10, catalog.Stages.Count);
        Assert.Empty(catalog.UnlistedRemoteIds);
        Assert.False(ApplicationStageMapper.IsStage("REJECTED:Too late"));
        Assert.True(ApplicationStageMapper.IsStage("INTERVIEW:Onsite"));
    }

    [Fact]
    public void Without_processes_the_six_statuses_are_the_stages() =>
        Assert.Equal(StageIds.StageStatuses, ApplicationStageMapper.Map(Ctx, [], []).Stages.Select(s => s.RemoteId));

    [Fact]
    public void Unlisted_stages_are_exposed_for_the_engine_and_listed_ones_are_not()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, ["IN_REVIEW:Old phone screen", "INTERVIEW:Panel interview", "HIRED", "INTERVIEW:Onsite"]);

        Assert.Equal(["IN_REVIEW:Old phone screen"], catalog.UnlistedRemoteIds);
        Assert.Equal("Old phone screen", catalog.Find("IN_REVIEW:Old phone screen")!.Name);
        Assert.All(catalog.Stages, s => Assert.Null(s.RemoteDeletedAt));
    }

    [Fact]
    public void Active_stages_are_the_statuses_and_the_sub_statuses_of_active_processes()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, ["IN_REVIEW:Old phone screen"]);

        Assert.Contains("IN_REVIEW:Phone screen", catalog.ActiveRemoteIds); // listed by active and inactive processes
        Assert.Contains("HIRED", catalog.ActiveRemoteIds);
        Assert.DoesNotContain("IN_REVIEW:Legacy screening", catalog.ActiveRemoteIds);
        Assert.DoesNotContain("IN_REVIEW:Old phone screen", catalog.ActiveRemoteIds);
    }

    [Fact]
    public void A_process_without_an_active_flag_counts_as_active()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, [Process("off", false, review: ["B"]), Process("unknown", null, review: ["A"])], []);

        Assert.Equal(["IN_REVIEW", "IN_REVIEW:A", "IN_REVIEW:B"], catalog.Stages.Select(s => s.RemoteId).Where(r => r.StartsWith("IN_REVIEW", StringComparison.Ordinal)));
        Assert.Contains("IN_REVIEW:A", catalog.ActiveRemoteIds);
    }

    [Fact]
    public void Remote_data_of_a_sub_status_stage_is_every_process_listing_it()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, ["INTERVIEW:Assessment centre"]);

        var phoneScreen = catalog.Find("IN_REVIEW:Phone screen")!;
        Assert.Equal(
            ["/configuration/hiring-processes/default", "/configuration/hiring-processes/engineering", "/configuration/hiring-processes/legacy"],
            phoneScreen.RemoteData!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Process default", Raw(phoneScreen.RemoteData, "/configuration/hiring-processes/default").GetProperty("name").GetString());
        Assert.Null(catalog.Find("NEW")!.RemoteData);
        Assert.Null(catalog.Find("INTERVIEW:Assessment centre")!.RemoteData);
    }

    [Fact]
    public void Ids_are_deterministic_from_the_remote_id_and_per_integration()
    {
        var catalog = ApplicationStageMapper.Map(Ctx, Processes, []);
        var reordered = ApplicationStageMapper.Map(Ctx, Processes.Reverse(), []);

        Assert.Equal(Ctx.Id(UnifiedModels.ApplicationStage, "INTERVIEW:Onsite"), catalog.Find("INTERVIEW:Onsite")!.Id);
        Assert.Equal(catalog.Find("INTERVIEW:Onsite")!.Id, reordered.Find("INTERVIEW:Onsite")!.Id);
        Assert.NotEqual(catalog.Find("INTERVIEW:Onsite")!.Id, ApplicationStageMapper.Map(OtherIntegration, Processes, []).Find("INTERVIEW:Onsite")!.Id);
        Assert.Equal(catalog.Stages.Count, catalog.Stages.Select(s => s.Id).Distinct().Count());
        Assert.All(catalog.Stages, s => Assert.Equal(ObservedAt, s.ChangedAt));
    }

    [Fact]
    public void Stage_names_of_unlisted_labels_keep_colons_after_the_status()
    {
        Assert.Equal("Phone: first call", ApplicationStageMapper.NameOf("IN_REVIEW:Phone: first call"));
        Assert.Equal("In Review", ApplicationStageMapper.NameOf("IN_REVIEW"));
        Assert.Equal("Screening", ApplicationStageMapper.NameOf("SCREENING"));
    }

    [Fact]
    public async Task Simulator_hiring_processes_and_carried_stages_map_so_every_application_stage_resolves()
    {
        await using var sim = await SimulatorSource.StartAsync();
        var processes = (await sim.GetAsync<ContentListDto<HiringProcessDto>>("/configuration/hiring-processes")).Content!;
        var applications = await sim.ApplicationsAsync();
        var carried = applications.Select(a => StageIds.CurrentRemoteId(a.Status, a.SubStatus, a.History)).ToList();

        var catalog = ApplicationStageMapper.Map(Ctx, processes, carried);

        Assert.NotEmpty(applications);
        Assert.All(carried.Where(c => c is not null), c => Assert.NotNull(catalog.Find(c!)));
        Assert.Contains(applications, a => a.Status is "REJECTED" or "WITHDRAWN" or "TRANSFERRED");
        Assert.Contains(carried, c => c?.Contains(':', StringComparison.Ordinal) == true);

        // Every label of every process is a stage, once.
        var labels = processes.SelectMany(p => (p.SubStatuses!.InReview!.Select(l => "IN_REVIEW:" + l))
            .Concat(p.SubStatuses.Interview!.Select(l => "INTERVIEW:" + l))
            .Concat(p.SubStatuses.Offered!.Select(l => "OFFERED:" + l))).Distinct().ToList();
        Assert.Equal(6 + labels.Count + catalog.UnlistedRemoteIds.Count, catalog.Stages.Count);
        Assert.All(labels, l => Assert.NotNull(catalog.Find(l)));
        Assert.All(catalog.UnlistedRemoteIds, u => Assert.Contains(u, carried));
        Assert.Equal(catalog.Stages.Count, catalog.Stages.Select(s => s.Id).Distinct().Count());

        // Every job's stages hold every stage its applications carry.
        foreach (var job in applications.GroupBy(a => a.JobId))
        {
            var jobCarried = job.Select(a => StageIds.CurrentRemoteId(a.Status, a.SubStatus, a.History)).ToList();
            var jobStages = JobApplicationStageMapper.Map(Ctx, catalog, job.Key, jobCarried);
            Assert.All(jobCarried.Where(c => c is not null), c => Assert.Contains(ApplicationStageMapper.StageId(Ctx, c!), jobStages.Select(s => s.StageId)));
            Assert.Equal(Enumerable.Range(0, jobStages.Count), jobStages.Select(s => s.Index));
        }
    }
}
