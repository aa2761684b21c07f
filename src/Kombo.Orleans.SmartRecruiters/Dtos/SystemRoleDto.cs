namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A system role, <c>{id, name}</c>: entries of <c>/user-api/v201804/system-roles</c> and a user's
/// <c>systemRole</c>. Built-in ids are EMPLOYEE, RESTRICTED, STANDARD, EXTENDED, ADMINISTRATOR;
/// custom roles have other ids.
/// </summary>
public sealed record SystemRoleDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
