namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class RejectionReasonMapperTests
{
    private static readonly IdLabelDto Reason = new() { Id = "64b7f0c2a1d3e4f5a6b7c8d9", Label = "Not qualified" };

    [Fact]
    public void Maps_id_and_label()
    {
        var reason = RejectionReasonMapper.Map(Ctx, Reason);

        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", reason.RemoteId);
        Assert.Equal("Not qualified", reason.Name);
        Assert.Equal(ObservedAt, reason.ChangedAt);
        Assert.Null(reason.RemoteDeletedAt);
    }

    [Fact]
    public void An_empty_label_is_null() => Assert.Null(RejectionReasonMapper.Map(Ctx, Reason with { Label = "" }).Name);

    [Fact]
    public void The_id_is_deterministic_and_per_integration()
    {
        Assert.Equal(RejectionReasonMapper.Map(Ctx, Reason).Id, RejectionReasonMapper.Map(Ctx, Reason with { Label = "Renamed" }).Id);
        Assert.NotEqual(RejectionReasonMapper.Map(Ctx, Reason).Id, RejectionReasonMapper.Map(OtherIntegration, Reason).Id);
    }

    [Fact]
    public void Remote_data_holds_the_entry_under_the_list_path()
    {
        var raw = Raw(RejectionReasonMapper.Map(Ctx, Reason).RemoteData, "/configuration/rejection-reasons");

        Assert.Equal("Not qualified", raw.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Simulator_rejection_reasons_map_without_losing_a_record()
    {
        await using var sim = await SimulatorSource.StartAsync();
        var reasons = (await sim.GetAsync<ContentListDto<IdLabelDto>>("/configuration/rejection-reasons")).Content!;

        var unified = reasons.Select(r => RejectionReasonMapper.Map(Ctx, r)).ToList();

        Assert.NotEmpty(reasons);
        Assert.Equal(reasons.Select(r => r.Id), unified.Select(r => r.RemoteId));
        Assert.Equal(reasons.Select(r => r.Label), unified.Select(r => r.Name));
        Assert.Equal(reasons.Count, unified.Select(r => r.Id).Distinct().Count());
    }
}
