namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static ApplicantTestData;

public sealed class StageIdsTests
{
    [Theory]
    [InlineData("LEAD", null, "LEAD")]
    [InlineData("IN_REVIEW", null, "IN_REVIEW")]
    [InlineData("INTERVIEW", "Onsite", "INTERVIEW:Onsite")]
    [InlineData("OFFERED", "Offer sent", "OFFERED:Offer sent")]
    [InlineData("OFFERED", " ", "OFFERED")]
    [InlineData("CUSTOM_STATUS", null, "CUSTOM_STATUS")]
    [InlineData("REJECTED", null, null)]
    [InlineData("WITHDRAWN", "x", null)]
    [InlineData("TRANSFERRED", null, null)]
    [InlineData(null, "Onsite", null)]
    public void Stage_remote_ids(string? status, string? subStatus, string? remoteId)
    {
        Assert.Equal(remoteId, StageIds.RemoteId(status, subStatus));
        Assert.Equal(remoteId is null ? null : Ctx.Id(UnifiedModels.ApplicationStage, remoteId), StageIds.Id(Ctx, status, subStatus));
    }

    [Fact]
    public void Stage_statuses_are_the_six_in_global_index_order_and_terminal_statuses_are_outcomes()
    {
        Assert.Equal(["LEAD", "NEW", "IN_REVIEW", "INTERVIEW", "OFFERED", "HIRED"], StageIds.StageStatuses);
        Assert.All(StageIds.StageStatuses, s => Assert.True(StageIds.IsStage(s)));
        Assert.All(new[] { "REJECTED", "WITHDRAWN", "TRANSFERRED" }, s => Assert.True(StageIds.IsTerminal(s) && !StageIds.IsStage(s)));
    }

    [Fact]
    public void Current_remote_id_of_a_terminal_application_comes_from_its_history()
    {
        ApplicationStatusChangeDto[] history =
        [
            new() { ChangedOn = At("2024-01-01T00:00:00Z"), Status = "IN_REVIEW", SubStatus = "Phone screen" },
            new() { ChangedOn = At("2024-01-02T00:00:00Z"), Status = "REJECTED" },
        ];

        Assert.Equal("IN_REVIEW:Phone screen", StageIds.CurrentRemoteId("REJECTED", null, history));
        Assert.Equal("HIRED", StageIds.CurrentRemoteId("HIRED", null, history));
        Assert.Null(StageIds.CurrentRemoteId("REJECTED", null, [history[1]]));
        Assert.Null(StageIds.CurrentRemoteId("REJECTED", null, null));
    }
}
