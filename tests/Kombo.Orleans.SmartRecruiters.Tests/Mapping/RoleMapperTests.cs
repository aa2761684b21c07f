namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class RoleMapperTests
{
    [Theory]
    [InlineData("ADMINISTRATOR", "Administrator", "ADMIN")]
    [InlineData("EXTENDED", "Extended", null)]
    [InlineData("STANDARD", "Standard", null)]
    [InlineData("RESTRICTED", "Restricted", null)]
    [InlineData("EMPLOYEE", "Employee", null)]
    [InlineData("64b7f0c2a1d3e4f5a6b7c8d9", "Custom recruiter role", null)]
    public void System_roles_map_id_name_and_unified_type(string id, string name, string? unifiedType)
    {
        var role = RoleMapper.MapSystemRole(Ctx, new SystemRoleDto { Id = id, Name = name });

        Assert.Equal(id, role.RemoteId);
        Assert.Equal(name, role.RemoteLabel);
        Assert.Equal(RoleScope.System, role.Scope);
        Assert.Equal(unifiedType, role.UnifiedType);
        Assert.Equal(ObservedAt, role.ChangedAt);
        Assert.Null(role.RemoteDeletedAt);
    }

    [Fact]
    public void A_system_role_without_name_has_a_null_label() =>
        Assert.Null(RoleMapper.MapSystemRole(Ctx, new SystemRoleDto { Id = "EMPLOYEE", Name = "" }).RemoteLabel);

    [Theory]
    [InlineData("HIRING_MANAGER", "Hiring Manager", "HIRING_MANAGER")]
    [InlineData("RECRUITER", "Recruiter", "RECRUITER")]
    [InlineData("COORDINATOR", "Coordinator", "COORDINATOR")]
    [InlineData("INTERVIEW_TEAM", "Interview Team", "INTERVIEWER")]
    [InlineData("EXECUTIVE", "Executive", null)]
    [InlineData("BAR_RAISER", "Bar Raiser", null)]
    [InlineData("TALENT-PARTNER", "Talent Partner", null)]
    [InlineData("Sourcing Partner", "Sourcing Partner", null)]
    [InlineData("hiring_manager", "hiring_manager", null)]
    public void Job_roles_are_humanised_with_the_unified_type_table(string role, string label, string? unifiedType)
    {
        var unified = RoleMapper.MapJobRole(Ctx, role);

        Assert.Equal(role, unified.RemoteId);
        Assert.Equal(label, unified.RemoteLabel);
        Assert.Equal(RoleScope.Job, unified.Scope);
        Assert.Equal(unifiedType, unified.UnifiedType);
    }

    [Fact]
    public void Job_roles_are_the_five_built_ins_plus_every_custom_role_seen_once()
    {
        var roles = RoleMapper.MapJobRoles(Ctx, ["RECRUITER", "Sourcing Partner", "BAR_RAISER", null, "", "Sourcing Partner", "HIRING_MANAGER", "BAR_RAISER"]);

        Assert.Equal(
            ["HIRING_MANAGER", "RECRUITER", "COORDINATOR", "INTERVIEW_TEAM", "EXECUTIVE", "BAR_RAISER", "Sourcing Partner"],
            roles.Select(r => r.RemoteId));
        Assert.Equal(roles.Count, roles.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Without_hiring_teams_the_built_in_job_roles_still_exist() =>
        Assert.Equal(RoleMapper.BuiltInJobRoles, RoleMapper.MapJobRoles(Ctx, []).Select(r => r.RemoteId));

    [Fact]
    public void System_roles_are_mapped_once_each_and_roles_without_id_are_skipped()
    {
        var roles = RoleMapper.MapSystemRoles(Ctx,
        [
            new SystemRoleDto { Id = "ADMINISTRATOR", Name = "Administrator" },
            new SystemRoleDto { Id = null, Name = "Broken" },
            new SystemRoleDto { Id = "ADMINISTRATOR", Name = "Administrator" },
            new SystemRoleDto { Id = "EMPLOYEE", Name = "Employee" },
        ]);

        Assert.Equal(["ADMINISTRATOR", "EMPLOYEE"], roles.Select(r => r.RemoteId));
    }

    [Fact]
    public void Ids_are_deterministic_per_integration_and_distinct_across_scopes()
    {
        var system = RoleMapper.MapSystemRole(Ctx, new SystemRoleDto { Id = "RECRUITER", Name = "Recruiter" });
        var job = RoleMapper.MapJobRole(Ctx, "RECRUITER");

        Assert.Equal(job.Id, RoleMapper.MapJobRole(Ctx, "RECRUITER").Id);
        Assert.Equal(job.Id, RoleMapper.JobRoleId(Ctx, "RECRUITER"));
        Assert.Equal(system.Id, RoleMapper.SystemRoleId(Ctx, "RECRUITER"));
        Assert.NotEqual(system.Id, job.Id);
        Assert.NotEqual(job.Id, RoleMapper.MapJobRole(OtherIntegration, "RECRUITER").Id);
        Assert.NotEqual(system.Id, RoleMapper.MapSystemRole(OtherIntegration, new SystemRoleDto { Id = "RECRUITER" }).Id);
    }
}
