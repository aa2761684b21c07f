using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// An entry of <c>GET /configuration/hiring-processes</c> (envelope <c>{totalFound, content}</c>):
/// the sub-status labels a process offers under each status that has them. Applications keep the
/// label they were given, even after it leaves every active process.
/// </summary>
public sealed record HiringProcessDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? Active { get; init; }

    public HiringProcessSubStatusesDto? SubStatuses { get; init; }
}

/// <summary>Sub-status labels by status; SmartRecruiters names the keys after the statuses.</summary>
public sealed record HiringProcessSubStatusesDto
{
    [JsonPropertyName("IN_REVIEW")]
    public IReadOnlyList<string>? InReview { get; init; }

    [JsonPropertyName("INTERVIEW")]
    public IReadOnlyList<string>? Interview { get; init; }

    [JsonPropertyName("OFFERED")]
    public IReadOnlyList<string>? Offered { get; init; }
}
