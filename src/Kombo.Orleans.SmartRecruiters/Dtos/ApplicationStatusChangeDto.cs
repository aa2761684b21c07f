namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An entry of <c>GET /candidates/{id}/jobs/{jobId}/status/history</c> (envelope
/// <c>{totalFound, content}</c>): the only source of stage-entered, rejected and hired dates.
/// </summary>
public sealed record ApplicationStatusChangeDto
{
    public DateTimeOffset? ChangedOn { get; init; }

    public string? Status { get; init; }

    public string? SubStatus { get; init; }

    /// <summary>A free-form map of links (none documented by name).</summary>
    public IReadOnlyDictionary<string, ActionDto>? Actions { get; init; }
}
