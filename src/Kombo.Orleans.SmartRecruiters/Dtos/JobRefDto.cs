namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The job an assignment belongs to: <c>{id, title, actions.details}</c> (<c>title</c> absent on list-level secondary assignments).</summary>
public sealed record JobRefDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public DetailsActionsDto? Actions { get; init; }
}
