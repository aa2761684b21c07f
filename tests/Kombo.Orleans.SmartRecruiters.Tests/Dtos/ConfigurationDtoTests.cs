namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using Kombo.Orleans.SmartRecruiters.Dtos;

public sealed class ConfigurationDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Hiring_processes_deserialize_with_sub_statuses_by_status()
    {
        var processes = await sim.GetAsync<ContentListDto<HiringProcessDto>>("/configuration/hiring-processes");

        Assert.NotEmpty(processes.Content!);
        Assert.Equal(processes.Content!.Count, processes.TotalFound);
        Assert.Contains(processes.Content, p => p.Active == true);
        foreach (var process in processes.Content)
        {
            Assert.False(string.IsNullOrEmpty(process.Id));
            Assert.False(string.IsNullOrEmpty(process.Name));
            Assert.NotNull(process.SubStatuses?.InReview);
            Assert.NotNull(process.SubStatuses.Interview);
            Assert.NotNull(process.SubStatuses.Offered);
        }

        Assert.Contains(processes.Content, p => p.SubStatuses!.InReview!.Count > 0 && p.SubStatuses.Interview!.Count > 0 && p.SubStatuses.Offered!.Count > 0);
    }

    [Theory]
    [InlineData("/configuration/rejection-reasons")]
    [InlineData("/configuration/withdrawal-reasons")]
    public async Task Reasons_deserialize(string path)
    {
        var reasons = await sim.GetAsync<ContentListDto<IdLabelDto>>(path);

        Assert.NotEmpty(reasons.Content!);
        Assert.Equal(reasons.Content!.Count, reasons.TotalFound);
        Assert.All(reasons.Content, r => Assert.False(string.IsNullOrEmpty(r.Id)));
        Assert.All(reasons.Content, r => Assert.False(string.IsNullOrEmpty(r.Label)));
    }

    [Fact]
    public async Task Departments_deserialize()
    {
        var departments = await sim.GetAsync<ContentListDto<DepartmentDto>>("/configuration/departments");

        Assert.NotEmpty(departments.Content!);
        Assert.Equal(departments.Content!.Count, departments.TotalFound);
        Assert.All(departments.Content, d => Assert.False(string.IsNullOrEmpty(d.Id)));
        Assert.All(departments.Content, d => Assert.False(string.IsNullOrEmpty(d.Label)));

        var jobs = (await sim.GetAsync<PageDto<JobSummaryDto>>("/jobs?sort=job_id&limit=100")).Content!;
        Assert.Contains(jobs, j => departments.Content.Any(d => d.Id == j.Department?.Id && d.Label == j.Department?.Label));
    }
}
