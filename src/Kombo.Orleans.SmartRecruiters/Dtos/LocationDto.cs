using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// The job and user location (SmartRecruiters' <c>Location</c>). Job details carry the coordinates
/// as strings (<c>latitude</c>, <c>longitude</c>); job lists and users carry none.
/// </summary>
public sealed record LocationDto
{
    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    public string? RegionCode { get; init; }

    public string? Region { get; init; }

    public string? City { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public bool? Remote { get; init; }

    public bool? Manual { get; init; }

    /// <summary>A decimal number as a string, e.g. <c>"52.2297"</c>.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Latitude { get; init; }

    /// <summary>A decimal number as a string, e.g. <c>"21.0122"</c>.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Longitude { get; init; }
}
