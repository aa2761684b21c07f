using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Users;

public sealed record UserDto(
    string Id, string? Email, string FirstName, string LastName, SystemRoleDto SystemRole, string? Role, string? ExternalData,
    string? SsoIdentifier, string? SsoLoginMode, LanguageDto Language, bool Active, DateTimeOffset UpdatedOn,
    LocationDto? Location, IReadOnlyList<SystemRoleDto> AccessGroups)
{
    private static readonly HashSet<string> BuiltInRoles = ["EMPLOYEE", "RESTRICTED", "STANDARD", "EXTENDED", "ADMINISTRATOR"];

    public static UserDto From(SimUser user, Data.AccountConfiguration configuration)
    {
        var role = configuration.SystemRoles.FirstOrDefault(r => r.Id == user.SystemRoleId);
        var legacyRole = BuiltInRoles.Contains(user.SystemRoleId) ? user.SystemRoleId : configuration.CustomRoleBases.GetValueOrDefault(user.SystemRoleId);
        return new UserDto(user.Id, user.Email, user.FirstName, user.LastName, new SystemRoleDto(user.SystemRoleId, role?.Label),
            legacyRole, null, null, "PASSWORD",
            new LanguageDto(user.LanguageCode), user.Active, user.UpdatedOn, LocationDto.ForUser(user.Location), []);
    }
}

public sealed record SystemRoleDto(string Id, string? Name);

public sealed record LanguageDto(string Code);
