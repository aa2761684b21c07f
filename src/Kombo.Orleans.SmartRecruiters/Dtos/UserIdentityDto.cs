namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A reference to a user: <c>{id, firstName, lastName}</c> as a job's creator, <c>{id}</c> alone as a job ad's creator.</summary>
public sealed record UserIdentityDto
{
    public string? Id { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}
