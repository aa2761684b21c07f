using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api;

/// <summary>SmartRecruiters' location object; which coordinates appear depends on the endpoint.</summary>
public sealed record LocationDto(
    string? Country, string? CountryCode, string? RegionCode, string? Region, string? City, string? Address, string? PostalCode,
    bool? Remote, string? Latitude, string? Longitude, double? Lat, double? Lng)
{
    public static LocationDto? ForUser(SimLocation? l) => l is null ? null
        : new(l.Country, l.CountryCode, l.RegionCode, l.Region, l.City, l.Address, l.PostalCode, null, null, null, null, null);

    /// <summary>Job lists carry no coordinates; job details carry them as strings (<c>latitude</c>, <c>longitude</c>).</summary>
    public static LocationDto? ForJob(SimLocation? l, bool withCoordinates) => l is null ? null
        : new(l.Country, l.CountryCode, l.RegionCode, l.Region, l.City, l.Address, l.PostalCode, l.Remote,
            withCoordinates ? Coordinate(l.Latitude) : null, withCoordinates ? Coordinate(l.Longitude) : null, null, null);

    private static string? Coordinate(double? value) => value?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Candidates use <c>lat</c>/<c>lng</c>.</summary>
    public static LocationDto? ForCandidate(SimLocation? l) => l is null ? null
        : new(l.Country, l.CountryCode, l.RegionCode, l.Region, l.City, null, null, null, null, null, l.Latitude, l.Longitude);
}

public sealed record IdLabel(string Id, string Label)
{
    public static IdLabel? Of(SimLabel? label) => label is null ? null : new(label.Id, label.Label);
}
