namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>The Apply API's own error body (<c>/postings/{uuid}/configuration</c>): <c>{id, code, message}</c>, e.g. code <c>RESOURCE_NOT_FOUND_ERROR</c>.</summary>
public sealed record ApplyApiErrorDto
{
    public string? Id { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }
}
