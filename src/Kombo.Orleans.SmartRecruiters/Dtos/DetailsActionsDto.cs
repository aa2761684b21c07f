namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// The <c>actions</c> of an object whose only follow-up is its own details: job summaries, job
/// references inside candidate assignments (<c>positionDetails</c> there too), hiring-team members
/// (the user).
/// </summary>
public sealed record DetailsActionsDto
{
    public ActionDto? Details { get; init; }

    public ActionDto? PositionDetails { get; init; }
}
