using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A candidate's location (SmartRecruiters' <c>CandidateLocation</c>): coordinates are numbers, <c>lat</c>/<c>lng</c>.</summary>
public sealed record CandidateLocationDto
{
    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    public string? RegionCode { get; init; }

    public string? Region { get; init; }

    public string? City { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? Lat { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? Lng { get; init; }
}
