namespace SmartRecruiters.Simulator.Data.Model;

public sealed record SimLocation(
    string? Country, string? CountryCode, string? Region, string? RegionCode, string? City,
    string? Address, string? PostalCode, bool Remote, double? Latitude, double? Longitude);
