// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

using System.Text.Json.Serialization;

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A candidate email address: <c>{email_address, type}</c>. Only addresses that pass the mapping contract's
/// validity check are listed. <c>type</c> is a free string (null when unknown).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.email_address")]
public sealed record EmailAddress(
    [property: JsonPropertyName("email_address")] string Address,
    string? Type);
