using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// SmartRecruiters locations to the unified location: city, state ← region, country ← the code
/// upper-cased, zip ← postal code, street_1 ← address, raw ← the non-empty parts of address, city,
/// region and country name (the upper-cased code when there is no name) joined with ", ". A
/// location with nothing in it is null.
/// </summary>
public static class LocationMapper
{
    public static UnifiedLocation? Map(LocationDto? location) => location is null
        ? null
        : Build(location.Address, location.City, location.Region, location.Country, location.CountryCode, location.PostalCode);

    public static UnifiedLocation? Map(CandidateLocationDto? location) => location is null
        ? null
        : Build(null, location.City, location.Region, location.Country, location.CountryCode, null);

    private static UnifiedLocation? Build(string? address, string? city, string? region, string? countryName, string? countryCode, string? postalCode)
    {
        var code = Labels.CountryCode(countryCode);
        var raw = string.Join(", ", new[] { address, city, region, Labels.NullIfEmpty(countryName) ?? code }
            .Select(Labels.NullIfEmpty).Where(p => p is not null));
        var result = new UnifiedLocation(
            City: Labels.NullIfEmpty(city),
            Country: code,
            Raw: Labels.NullIfEmpty(raw),
            State: Labels.NullIfEmpty(region),
            Street1: Labels.NullIfEmpty(address),
            Street2: null,
            ZipCode: Labels.NullIfEmpty(postalCode));
        return result is { City: null, Country: null, Raw: null, State: null, Street1: null, ZipCode: null } ? null : result;
    }
}
