namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A department, <c>{id, label, description}</c>: <c>/configuration/departments</c> entries, a job's and a posting's department.</summary>
public sealed record DepartmentDto
{
    public string? Id { get; init; }

    public string? Label { get; init; }

    public string? Description { get; init; }
}
