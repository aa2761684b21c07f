namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>SmartRecruiters' hypermedia link, <c>{"url": …, "method": "GET"}</c>, pointing at a follow-up endpoint.</summary>
public sealed record ActionDto
{
    public string? Url { get; init; }

    /// <summary>GET, POST, PUT, PATCH, DELETE, …</summary>
    public string? Method { get; init; }
}
