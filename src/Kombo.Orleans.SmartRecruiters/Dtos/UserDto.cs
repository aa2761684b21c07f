namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A user, as <c>/user-api/v201804/users</c> lists it and <c>/users/{id}</c> returns it.</summary>
public sealed record UserDto
{
    /// <summary>24 hex characters.</summary>
    public string? Id { get; init; }

    /// <summary>Not validated by SmartRecruiters: may be malformed or shared.</summary>
    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public SystemRoleDto? SystemRole { get; init; }

    /// <summary>The legacy role: EMPLOYEE, RESTRICTED, STANDARD, EXTENDED or ADMINISTRATOR.</summary>
    public string? Role { get; init; }

    public string? ExternalData { get; init; }

    public string? SsoIdentifier { get; init; }

    /// <summary>SSO or PASSWORD.</summary>
    public string? SsoLoginMode { get; init; }

    /// <summary><c>{code}</c> only.</summary>
    public LanguageDto? Language { get; init; }

    /// <summary>False for deactivated users (users are never deleted).</summary>
    public bool? Active { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public LocationDto? Location { get; init; }

    public IReadOnlyList<AccessGroupDto>? AccessGroups { get; init; }
}

/// <summary>An access group a user belongs to, <c>{id, name}</c>.</summary>
public sealed record AccessGroupDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
