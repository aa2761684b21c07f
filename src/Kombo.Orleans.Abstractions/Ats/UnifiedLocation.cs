// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A postal location as Kombo shapes it (jobs, candidates, interviews). <c>country</c> holds the ISO 3166-1
/// alpha-2 code when known, else the original value; <c>raw</c> is the whole address as one string.
/// An address with no non-empty part is represented by a null location, not by this record.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.location")]
public sealed record UnifiedLocation(
    string? City,
    string? Country,
    string? Raw,
    string? State,
    [property: JsonPropertyName("street_1")] string? Street1,
    [property: JsonPropertyName("street_2")] string? Street2,
    string? ZipCode);
