namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The <c>actions</c> of an application or full assignment: <c>sourceDetails</c>.</summary>
public sealed record SourceDetailsActionsDto
{
    public ActionDto? SourceDetails { get; init; }
}
