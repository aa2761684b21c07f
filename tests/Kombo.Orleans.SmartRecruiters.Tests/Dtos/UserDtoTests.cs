namespace Kombo.Orleans.SmartRecruiters.Tests.Dtos;

using Kombo.Orleans.SmartRecruiters.Dtos;

public sealed class UserDtoTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Users_list_deserializes_with_its_cursor()
    {
        var first = await sim.GetAsync<PageDto<UserDto>>("/user-api/v201804/users?limit=2");

        Assert.Equal(2, first.Limit);
        Assert.False(string.IsNullOrEmpty(first.NextPageId));
        Assert.Null(first.TotalFound);
        Assert.Equal(2, first.Content!.Count);
        foreach (var user in first.Content)
        {
            Assert.Matches("^[0-9a-f]{24}$", user.Id);
            Assert.False(string.IsNullOrEmpty(user.FirstName));
            Assert.False(string.IsNullOrEmpty(user.LastName));
            Assert.False(string.IsNullOrEmpty(user.SystemRole?.Id));
            Assert.False(string.IsNullOrEmpty(user.Language?.Code));
            Assert.NotNull(user.Active);
            Assert.NotNull(user.UpdatedOn);
            Assert.NotNull(user.AccessGroups);
        }

        // The cursor is the id of the next page's first user.
        var second = await sim.GetAsync<PageDto<UserDto>>($"/user-api/v201804/users?limit=2&pageId={first.NextPageId}");
        Assert.Equal(first.NextPageId, second.Content![0].Id);
    }

    [Fact]
    public async Task User_details_deserialize()
    {
        var listed = (await sim.GetAsync<PageDto<UserDto>>("/user-api/v201804/users?limit=100")).Content!;
        var withLocation = listed.First(u => u.Location is not null);

        var user = await sim.GetAsync<UserDto>($"/user-api/v201804/users/{withLocation.Id}");

        Assert.Equal(withLocation.Id, user.Id);
        Assert.Equal(withLocation.Email, user.Email);
        Assert.Equal(withLocation.SystemRole, user.SystemRole);
        Assert.False(string.IsNullOrEmpty(user.Location!.City));
        Assert.False(string.IsNullOrEmpty(user.Location.CountryCode));
        Assert.Contains(listed, u => u.Role is "ADMINISTRATOR" or "STANDARD" or "EXTENDED" or "RESTRICTED" or "EMPLOYEE");
    }

    [Fact]
    public async Task System_roles_deserialize()
    {
        var roles = await sim.GetAsync<ContentListDto<SystemRoleDto>>("/user-api/v201804/system-roles");

        Assert.NotEmpty(roles.Content!);
        Assert.Contains(roles.Content!, r => r.Id == "ADMINISTRATOR");
        Assert.All(roles.Content!, r => Assert.False(string.IsNullOrEmpty(r.Name)));
    }
}
