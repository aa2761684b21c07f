namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A language: <c>{code, label, labelNative}</c> on jobs, job ads and postings; <c>{code}</c> alone on users.</summary>
public sealed record LanguageDto
{
    public string? Code { get; init; }

    public string? Label { get; init; }

    public string? LabelNative { get; init; }
}
