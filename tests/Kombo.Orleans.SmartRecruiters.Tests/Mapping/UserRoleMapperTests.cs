namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class UserRoleMapperTests
{
    private static UserDto User(string? systemRoleId) => new()
    {
        Id = "5f0a1b2c3d4e5f6a7b8c9d0e",
        SystemRole = systemRoleId is null ? null : new SystemRoleDto { Id = systemRoleId, Name = "Whatever" },
    };

    [Fact]
    public void One_user_role_links_the_user_to_its_system_role()
    {
        var userRole = UserRoleMapper.Map(Ctx, User("ADMINISTRATOR"));

        Assert.NotNull(userRole);
        Assert.Equal(UserMapper.Map(Ctx, User("ADMINISTRATOR")).Id, userRole.UserId);
        Assert.Equal(RoleMapper.MapSystemRole(Ctx, new SystemRoleDto { Id = "ADMINISTRATOR", Name = "Administrator" }).Id, userRole.RoleId);
        Assert.Equal(ObservedAt, userRole.ChangedAt);
        Assert.Null(userRole.RemoteDeletedAt);
    }

    [Fact]
    public void A_user_without_system_role_has_no_user_role()
    {
        Assert.Null(UserRoleMapper.Map(Ctx, User(null)));
        Assert.Null(UserRoleMapper.Map(Ctx, User("")));
    }

    [Fact]
    public void The_id_is_deterministic_and_changes_with_the_role()
    {
        var first = UserRoleMapper.Map(Ctx, User("STANDARD"))!;

        Assert.Equal(first.Id, UserRoleMapper.Map(Ctx, User("STANDARD"))!.Id);
        Assert.Equal(Ctx.Id(UnifiedModels.UserRole, "5f0a1b2c3d4e5f6a7b8c9d0e:STANDARD"), first.Id);
        Assert.NotEqual(first.Id, UserRoleMapper.Map(Ctx, User("EXTENDED"))!.Id);
        Assert.NotEqual(first.Id, UserRoleMapper.Map(OtherIntegration, User("STANDARD"))!.Id);
    }
}
