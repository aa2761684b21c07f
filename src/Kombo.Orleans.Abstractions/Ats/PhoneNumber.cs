// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>A candidate phone number: <c>{phone_number, type}</c>. <c>type</c> is a free string (null when unknown).</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.phone_number")]
public sealed record PhoneNumber(
    [property: JsonPropertyName("phone_number")] string Number,
    string? Type);
