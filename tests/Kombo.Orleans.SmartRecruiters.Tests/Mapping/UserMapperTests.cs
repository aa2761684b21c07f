namespace Kombo.Orleans.SmartRecruiters.Tests.Mapping;

using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;
using Kombo.Orleans.SmartRecruiters.Mapping;
using static Kombo.Orleans.SmartRecruiters.Tests.Mapping.MappingTestData;

public sealed class UserMapperTests
{
    private static UserDto User(string id = "5f0a1b2c3d4e5f6a7b8c9d0e", string? email = "ada.lovelace@example.com", bool? active = true) => new()
    {
        Id = id,
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = email,
        Active = active,
        SystemRole = new SystemRoleDto { Id = "STANDARD", Name = "Standard" },
    };

    [Fact]
    public void Maps_remote_id_names_and_engine_fields()
    {
        var user = UserMapper.Map(Ctx, User());

        Assert.Equal("5f0a1b2c3d4e5f6a7b8c9d0e", user.RemoteId);
        Assert.Equal("Ada", user.FirstName);
        Assert.Equal("Lovelace", user.LastName);
        Assert.Equal("ada.lovelace@example.com", user.Email);
        Assert.Equal(ObservedAt, user.ChangedAt);
        Assert.Null(user.RemoteDeletedAt);
    }

    [Theory]
    [InlineData(true, "ACTIVE")]
    [InlineData(false, "INACTIVE")]
    [InlineData(null, null)]
    public void Status_follows_active(bool? active, string? expected) =>
        Assert.Equal(expected, UserMapper.Map(Ctx, User(active: active)).Status);

    [Theory]
    [InlineData("ada.lovelace@example.com")]
    [InlineData("ada+jobs@mail.example.co.uk")]
    [InlineData("o'neil@example.com")]
    [InlineData("ADA@EXAMPLE.COM")]
    [InlineData("a_b-c@sub-domain.example.org")]
    public void A_valid_email_is_kept(string email) => Assert.Equal(email, UserMapper.Map(Ctx, User(email: email)).Email);

    [Theory]
    [InlineData("ada.lovelace@")]
    [InlineData("ada..lovelace@example.com")]
    [InlineData(".ada@example.com")]
    [InlineData("ada@localhost")]
    [InlineData("ada(at)mail.com")]
    [InlineData("ada@example.c")]
    [InlineData("ada@-example.com")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_invalid_email_becomes_null_and_the_user_is_still_mapped(string? email)
    {
        var user = UserMapper.Map(Ctx, User(email: email));

        Assert.Null(user.Email);
        Assert.Equal("Ada", user.FirstName);
    }

    [Fact]
    public void Empty_names_are_null()
    {
        var user = UserMapper.Map(Ctx, User() with { FirstName = "", LastName = "  " });

        Assert.Null(user.FirstName);
        Assert.Null(user.LastName);
    }

    [Fact]
    public void Ids_are_deterministic_and_per_integration()
    {
        var first = UserMapper.Map(Ctx, User());
        var again = UserMapper.Map(new MappingContext(Ctx.IntegrationId, ObservedAt.AddDays(1)), User() with { FirstName = "Changed" });
        var elsewhere = UserMapper.Map(OtherIntegration, User());
        var otherUser = UserMapper.Map(Ctx, User(id: "5f0a1b2c3d4e5f6a7b8c9d0f"));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(Ctx.Id(UnifiedModels.User, "5f0a1b2c3d4e5f6a7b8c9d0e"), first.Id);
        Assert.NotEqual(first.Id, elsewhere.Id);
        Assert.NotEqual(first.Id, otherUser.Id);
    }

    [Fact]
    public void Remote_data_is_keyed_by_the_user_path()
    {
        var user = UserMapper.Map(Ctx, User());

        var raw = Raw(user.RemoteData, "/user-api/v201804/users/5f0a1b2c3d4e5f6a7b8c9d0e");
        Assert.Single(user.RemoteData!);
        Assert.Equal("5f0a1b2c3d4e5f6a7b8c9d0e", raw.GetProperty("id").GetString());
        Assert.Equal("STANDARD", raw.GetProperty("systemRole").GetProperty("id").GetString());
    }

    [Fact]
    public void A_user_without_id_is_refused() =>
        Assert.Throws<ArgumentException>(() => UserMapper.Map(Ctx, User() with { Id = null }));

    [Fact]
    public async Task Simulator_users_system_roles_and_user_roles_map_without_losing_a_record()
    {
        await using var sim = await SimulatorSource.StartAsync();
        var users = await sim.AllPagesAsync<UserDto>("/user-api/v201804/users?limit=100");
        var systemRoles = (await sim.GetAsync<ContentListDto<SystemRoleDto>>("/user-api/v201804/system-roles")).Content!;

        var unifiedUsers = users.Select(u => UserMapper.Map(Ctx, u)).ToList();
        var roles = RoleMapper.MapSystemRoles(Ctx, systemRoles);
        var userRoles = users.Select(u => UserRoleMapper.Map(Ctx, u)).ToList();

        Assert.NotEmpty(users);
        Assert.Equal(users.Count, unifiedUsers.Select(u => u.Id).Distinct().Count());
        Assert.Equal(users.Select(u => u.Id), unifiedUsers.Select(u => u.RemoteId));
        Assert.All(unifiedUsers, u => Assert.True(u.Email is null || EmailRules.IsValid(u.Email)));
        Assert.Contains(users, u => u.Email is { Length: > 0 } && !EmailRules.IsValid(u.Email));
        Assert.Contains(unifiedUsers, u => u.Status == UserStatus.Inactive);

        Assert.Equal(systemRoles.Count, roles.Count);
        Assert.Single(roles, r => r.UnifiedType == RoleUnifiedType.Admin);
        Assert.All(roles, r => Assert.Equal(RoleScope.System, r.Scope));

        // Every user has one user role, pointing at a system role the roles list has.
        Assert.All(userRoles, Assert.NotNull);
        Assert.Equal(unifiedUsers.Select(u => u.Id), userRoles.Select(r => r!.UserId));
        Assert.All(userRoles, r => Assert.Contains(r!.RoleId, roles.Select(role => role.Id)));
    }
}
