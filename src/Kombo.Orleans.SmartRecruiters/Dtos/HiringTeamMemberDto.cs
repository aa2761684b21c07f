namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>An entry of <c>GET /jobs/{jobId}/hiring-team</c> (envelope <c>{totalFound, content}</c>).</summary>
public sealed record HiringTeamMemberDto
{
    /// <summary>The user id.</summary>
    public string? Id { get; init; }

    /// <summary>HIRING_MANAGER, RECRUITER, INTERVIEW_TEAM, EXECUTIVE, COORDINATOR, or a custom role name.</summary>
    public string? Role { get; init; }

    /// <summary><c>details</c> points at the user.</summary>
    public DetailsActionsDto? Actions { get; init; }
}
