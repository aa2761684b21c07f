namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class JobApplicationStageMapperTests
{
    private const string JobId = "7303b8cd-d439-4fe7-a029-50a6d9c042c4";

    private static readonly ApplicationStageCatalog Catalog = ApplicationStageMapper.Map(
        Ctx, ApplicationStageMapperTests.Processes, ["INTERVIEW:Assessment centre", "IN_REVIEW:Old phone screen"]);

    private static string[] RemoteIds(IEnumerable<Abstractions.Ats.UnifiedJobApplicationStage> stages) =>
        stages.Select(s => Catalog.Stages.Single(c => c.Id == s.StageId).RemoteId).ToArray();

    private static readonly string[] ActiveOrder =
    [
        "LEAD", "NEW",
        "IN_REVIEW", "IN_REVIEW:Phone screen", "IN_REVIEW:Hiring manager review", "IN_REVIEW:Coding challenge",
        "INTERVIEW", "INTERVIEW:1st interview", "INTERVIEW:Onsite", "INTERVIEW:Technical interview",
        "OFFERED", "OFFERED:Offer sent",
        "HIRED",
    ];

    [Fact]
    public void A_job_without_applications_has_the_statuses_and_the_active_sub_statuses_in_global_order()
    {
        var stages = JobApplicationStageMapper.Map(Ctx, Catalog, JobId, []);

        Assert.Equal(ActiveOrder, RemoteIds(stages));
        Assert.Equal(Enumerable.Range(0, stages.Count), stages.Select(s => s.Index));
    }

    [Fact]
    public void Other_carried_stages_follow_in_global_order_and_active_ones_are_not_repeated()
    {
        var stages = JobApplicationStageMapper.Map(Ctx, Catalog, JobId,
            ["IN_REVIEW:Old phone screen", "OFFERED:Verbal offer", "INTERVIEW:Onsite", "IN_REVIEW:Legacy screening", "INTERVIEW:Assessment centre", "IN_REVIEW:Old phone screen", null]);

        Assert.Equal(
            [.. ActiveOrder, "IN_REVIEW:Legacy screening", "OFFERED:Verbal offer", "INTERVIEW:Assessment centre", "IN_REVIEW:Old phone screen"],
            RemoteIds(stages));
        Assert.Equal(Enumerable.Range(0, stages.Count), stages.Select(s => s.Index));
    }

    [Fact]
    public void A_carried_stage_the_catalog_lacks_comes_last_by_remote_id()
    {
        var stages = JobApplicationStageMapper.Map(Ctx, Catalog, JobId, ["OFFERED:Zeta", "REJECTED", "IN_REVIEW:Alpha", "WITHDRAWN:x"]);

        Assert.Equal(
            [ApplicationStageMapper.StageId(Ctx, "IN_REVIEW:Alpha"), ApplicationStageMapper.StageId(Ctx, "OFFERED:Zeta")],
            stages.Skip(ActiveOrder.Length).Select(s => s.StageId));
    }

    [Fact]
    public void Records_reference_the_job_and_the_stage_with_deterministic_ids()
    {
        var stages = JobApplicationStageMapper.Map(Ctx, Catalog, JobId, []);
        var again = JobApplicationStageMapper.Map(Ctx, Catalog, JobId, ["IN_REVIEW:Old phone screen"]);
        var otherJob = JobApplicationStageMapper.Map(Ctx, Catalog, "0f1e2d3c-0000-4000-8000-000000000000", []);

        Assert.All(stages, s => Assert.Equal(Ctx.Id(UnifiedModels.Job, JobId), s.JobId));
        Assert.Equal(Ctx.Id(UnifiedModels.JobApplicationStage, JobId + ":INTERVIEW:Onsite"), stages.Single(s => s.StageId == Ctx.Id(UnifiedModels.ApplicationStage, "INTERVIEW:Onsite")).Id);
        Assert.Equal(stages.Select(s => s.Id), again.Take(stages.Count).Select(s => s.Id));
        Assert.Empty(stages.Select(s => s.Id).Intersect(otherJob.Select(s => s.Id)));
        Assert.Empty(stages.Select(s => s.Id).Intersect(JobApplicationStageMapper.Map(OtherIntegration, Catalog, JobId, []).Select(s => s.Id)));
        Assert.All(stages, s => Assert.Equal(ObservedAt, s.ChangedAt));
        Assert.All(stages, s => Assert.Null(s.RemoteDeletedAt));
    }
}
