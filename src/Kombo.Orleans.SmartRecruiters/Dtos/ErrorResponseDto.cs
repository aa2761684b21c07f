namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>SmartRecruiters' error body (every 4xx of the Customer, User, Interviews and Audit APIs): <c>{message, errors: [{code, message}]}</c>.</summary>
public sealed record ErrorResponseDto
{
    public string? Message { get; init; }

    public IReadOnlyList<ErrorItemDto>? Errors { get; init; }
}

/// <summary>One error: a machine code (<c>CANDIDATE_NOT_FOUND</c>, <c>INVALID_PAGE_ID</c>, <c>PERMISSION_DENIED</c>, …) and a text.</summary>
public sealed record ErrorItemDto
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}
