namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An unpaged list: <c>{totalFound, content}</c> (configuration lists, job and application status
/// history, hiring team, screening answers) or <c>{content}</c> alone (system roles, interviews).
/// </summary>
public sealed record ContentListDto<T>
{
    public int? TotalFound { get; init; }

    public IReadOnlyList<T>? Content { get; init; }
}
