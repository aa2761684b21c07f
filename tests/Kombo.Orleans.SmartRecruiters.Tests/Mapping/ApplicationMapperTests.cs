namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class ApplicationMapperTests
{
    private static ApplicationDto App(string? status, string? subStatus = null) => new()
    {
        ApplicationId = "app-1",
        CandidateId = "cand-1",
        JobId = "job-1",
        Status = status,
        SubStatus = subStatus,
    };

    private static ApplicationStatusChangeDto H(string changedOn, string status, string? subStatus = null) =>
        new() { ChangedOn = At(changedOn), Status = status, SubStatus = subStatus };

    private static string Stage(string remoteId) => UnifiedIds.For("integration-1", UnifiedModels.ApplicationStage, remoteId);

    private static UnifiedApplication Map(ApplicationDto application, IReadOnlyList<ApplicationStatusChangeDto>? history = null) =>
        ApplicationMapper.Map(Ctx, new ApplicationSource(application, history));

    [Theory]
    [InlineData("LEAD", "PENDING")]
    [InlineData("NEW", "PENDING")]
    [InlineData("IN_REVIEW", "PENDING")]
    [InlineData("INTERVIEW", "PENDING")]
    [InlineData("OFFERED", "PENDING")]
    [InlineData("HIRED", "HIRED")]
    [InlineData("REJECTED", "DECLINED")]
    [InlineData("WITHDRAWN", "DECLINED")]
    [InlineData("TRANSFERRED", "DECLINED")]
    [InlineData("SOMETHING_NEW", "PENDING")] // MAPPING: "else PENDING" (and Kombo's outcome enum is closed)
    [InlineData(null, null)]
    [InlineData("", null)]
    public void Outcome_table(string? status, string? outcome)
    {
        Assert.Equal(outcome, ApplicationMapper.Outcome(status));
        Assert.Equal(outcome, Map(App(status)).Outcome);
    }

    [Fact]
    public void Remote_id_is_the_application_id_else_candidate_and_job()
    {
        Assert.Equal("app-1", Map(App("NEW")).RemoteId);
        Assert.Equal("cand-1:job-1", Map(App("NEW") with { ApplicationId = null }).RemoteId);
        Assert.Equal("cand-1:job-1", Map(App("NEW") with { ApplicationId = "" }).RemoteId);
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Application, "app-1"), Map(App("NEW")).Id);
    }

    [Fact]
    public void Job_and_candidate_are_unified_ids_and_engine_fields_are_set()
    {
        var application = Map(App("NEW"));

        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Job, "job-1"), application.JobId);
        Assert.Equal(UnifiedIds.For("integration-1", UnifiedModels.Candidate, "cand-1"), application.CandidateId);
        Assert.Equal(ObservedAt, application.ChangedAt);
        Assert.Null(application.RemoteDeletedAt);
        Assert.Null(application.RemoteUrl);
        Assert.Empty(application.CustomFields);
        Assert.Empty(application.IntegrationFields);
        Assert.Empty(application.ScreeningQuestionAnswers);
        Assert.Equal(application.Id, ApplicationMapper.Map(Ctx with { ObservedAt = ObservedAt.AddHours(1) }, new ApplicationSource(App("NEW"))).Id);
    }

    [Fact]
    public void Rejection_reason_name_is_the_reason_of_the_current_terminal_status()
    {
        var rejection = new IdLabelDto { Id = "r1", Label = "Not qualified" };
        var withdrawal = new IdLabelDto { Id = "w1", Label = "Accepted another offer" };

        Assert.Equal("Not qualified", Map(App("REJECTED") with { ReasonOfRejection = rejection, ReasonOfWithdrawal = withdrawal }).RejectionReasonName);
        Assert.Equal("Accepted another offer", Map(App("WITHDRAWN") with { ReasonOfRejection = rejection, ReasonOfWithdrawal = withdrawal }).RejectionReasonName);
        Assert.Null(Map(App("NEW") with { ReasonOfRejection = rejection }).RejectionReasonName);
        Assert.Null(Map(App("TRANSFERRED") with { ReasonOfRejection = rejection }).RejectionReasonName);
        Assert.Null(Map(App("REJECTED") with { ReasonOfRejection = new IdLabelDto { Id = "r2", Label = "" } }).RejectionReasonName);
        Assert.Null(Map(App("WITHDRAWN")).RejectionReasonName);
    }

    [Fact]
    public void Rejected_at_is_the_newest_rejected_or_withdrawn_entry_when_currently_in_that_status()
    {
        ApplicationStatusChangeDto[] history =
        [
            H("2024-01-01T10:00:00.000Z", "NEW"),
            H("2024-01-03T10:00:00.000Z", "REJECTED"),
            H("2024-01-04T10:00:00.000Z", "IN_REVIEW", "Phone screen"),
            H("2024-01-09T10:00:00.000+02:00", "REJECTED"),
            H("2024-01-05T10:00:00.000Z", "WITHDRAWN"),
        ];

        Assert.Equal(At("2024-01-09T08:00:00.000Z"), Map(App("REJECTED"), history).RejectedAt);
        Assert.Equal(TimeSpan.Zero, Map(App("REJECTED"), history).RejectedAt!.Value.Offset);
        Assert.Equal(At("2024-01-09T08:00:00.000Z"), Map(App("WITHDRAWN"), history).RejectedAt);
        Assert.Null(Map(App("IN_REVIEW"), history).RejectedAt);
        Assert.Null(Map(App("HIRED"), history).RejectedAt);
        Assert.Null(Map(App("TRANSFERRED"), history).RejectedAt);
        Assert.Null(Map(App("REJECTED"), null).RejectedAt);
        Assert.Null(Map(App("REJECTED"), [H("2024-01-01T10:00:00.000Z", "NEW")]).RejectedAt);
    }

    [Theory]
    [InlineData("LEAD", null, "LEAD")]
    [InlineData("NEW", null, "NEW")]
    [InlineData("IN_REVIEW", "Phone screen", "IN_REVIEW:Phone screen")]
    [InlineData("INTERVIEW", "Onsite", "INTERVIEW:Onsite")]
    [InlineData("INTERVIEW", "", "INTERVIEW")]
    [InlineData("OFFERED", null, "OFFERED")]
    [InlineData("HIRED", null, "HIRED")]
    public void Current_stage_of_an_open_or_hired_application_is_its_status_and_sub_status(string status, string? subStatus, string stage)
    {
        Assert.Equal(Stage(stage), Map(App(status, subStatus), [H("2024-01-01T00:00:00Z", "NEW")]).CurrentStageId);
        Assert.Equal(Stage(stage), Map(App(status, subStatus)).CurrentStageId);
    }

    [Theory]
    [InlineData("REJECTED")]
    [InlineData("WITHDRAWN")]
    [InlineData("TRANSFERRED")]
    public void Current_stage_of_a_terminal_application_is_the_newest_stage_entry_skipping_terminal_ones(string status)
    {
        ApplicationStatusChangeDto[] history =
        [
            H("2024-01-01T10:00:00.000Z", "NEW"),
            H("2024-01-02T10:00:00.000Z", "INTERVIEW", "Onsite"),
            H("2024-01-02T09:00:00.000Z", "IN_REVIEW", "Phone screen"),
            H("2024-01-03T10:00:00.000Z", "REJECTED"),
            H("2024-01-04T10:00:00.000Z", "WITHDRAWN"),
            H("2024-01-05T10:00:00.000Z", "TRANSFERRED"),
        ];

        Assert.Equal(Stage("INTERVIEW:Onsite"), Map(App(status, "ignored"), history).CurrentStageId);
    }

    [Theory]
    [InlineData("REJECTED")]
    [InlineData("WITHDRAWN")]
    [InlineData("TRANSFERRED")]
    public void Current_stage_of_a_terminal_application_is_null_with_only_terminal_entries_or_no_history(string status)
    {
        Assert.Null(Map(App(status), [H("2024-01-03T10:00:00.000Z", "REJECTED"), H("2024-01-04T10:00:00.000Z", status)]).CurrentStageId);
        Assert.Null(Map(App(status), []).CurrentStageId);
        Assert.Null(Map(App(status), null).CurrentStageId);
    }

    [Fact]
    public void Current_stage_resolution_takes_the_later_listed_entry_on_equal_times_and_undated_entries_last()
    {
        Assert.Equal(Stage("OFFERED"), Map(App("REJECTED"), [H("2024-01-01T00:00:00Z", "INTERVIEW"), H("2024-01-01T00:00:00Z", "OFFERED")]).CurrentStageId);
        Assert.Equal(Stage("INTERVIEW"), Map(App("REJECTED"), [H("2024-01-01T00:00:00Z", "INTERVIEW"), new ApplicationStatusChangeDto { Status = "OFFERED" }]).CurrentStageId);
        Assert.Equal(Stage("OFFERED"), Map(App("REJECTED"), [new ApplicationStatusChangeDto { Status = "OFFERED" }]).CurrentStageId);
        Assert.Null(Map(App(null)).CurrentStageId);
    }

    [Fact]
    public void Remote_timestamps_are_the_oldest_and_newest_history_entries_only_when_history_was_synced()
    {
        ApplicationStatusChangeDto[] history =
        [
            H("2024-01-02T10:00:00.000Z", "IN_REVIEW"),
            H("2024-01-01T10:00:00.123+01:00", "NEW"),
            new ApplicationStatusChangeDto { Status = "INTERVIEW" },
            H("2024-01-05T10:00:00.000Z", "INTERVIEW"),
        ];

        var application = Map(App("INTERVIEW"), history);
        Assert.Equal(At("2024-01-01T09:00:00.123Z"), application.RemoteCreatedAt);
        Assert.Equal(TimeSpan.Zero, application.RemoteCreatedAt!.Value.Offset);
        Assert.Equal(At("2024-01-05T10:00:00.000Z"), application.RemoteUpdatedAt);

        var unsynced = Map(App("INTERVIEW"));
        Assert.Null(unsynced.RemoteCreatedAt);
        Assert.Null(unsynced.RemoteUpdatedAt);
        Assert.Null(Map(App("INTERVIEW"), []).RemoteCreatedAt);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_api_paths_it_came_from()
    {
        ApplicationStatusChangeDto[] history = [H("2024-01-01T10:00:00.000Z", "NEW")];
        ScreeningAnswerDto[] answers = [new() { Id = "q1", Type = "text", Label = "Why?" }];

        var full = ApplicationMapper.Map(Ctx, new ApplicationSource(App("NEW"), history, answers)).RemoteData!;
        Assert.Equal(["/candidates/cand-1/jobs/job-1", "/candidates/cand-1/jobs/job-1/screening-answers", "/candidates/cand-1/jobs/job-1/status/history"],
            full.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("app-1", full["/candidates/cand-1/jobs/job-1"].ToElement().GetProperty("applicationId").GetString());
        Assert.Equal(1, full["/candidates/cand-1/jobs/job-1/status/history"].ToElement().GetProperty("totalFound").GetInt32());
        Assert.Equal("NEW", full["/candidates/cand-1/jobs/job-1/status/history"].ToElement().GetProperty("content")[0].GetProperty("status").GetString());
        Assert.Equal("q1", full["/candidates/cand-1/jobs/job-1/screening-answers"].ToElement().GetProperty("content")[0].GetProperty("id").GetString());

        Assert.Equal(["/candidates/cand-1/jobs/job-1"], Map(App("NEW")).RemoteData!.Keys);
    }

    [Fact]
    public void Validate_needs_candidate_and_job_ids()
    {
        Assert.Null(ApplicationMapper.Validate(App("NEW")));
        Assert.Null(ApplicationMapper.Validate(App("NEW") with { ApplicationId = null }));
        Assert.Equal("application without candidateId", ApplicationMapper.Validate(App("NEW") with { CandidateId = null }));
        Assert.Equal("application without jobId", ApplicationMapper.Validate(App("NEW") with { JobId = "" }));
        Assert.Throws<ArgumentException>(() => Map(App("NEW") with { JobId = null }));
    }
}
