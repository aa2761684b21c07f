namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// SmartRecruiters' <c>Property</c>, <c>{id, label}</c>: job industry, function, type of employment,
/// experience level and EEO category, rejection and withdrawal reasons, screening-answer and
/// Apply-API field values.
/// </summary>
public sealed record IdLabelDto
{
    public string? Id { get; init; }

    public string? Label { get; init; }
}
