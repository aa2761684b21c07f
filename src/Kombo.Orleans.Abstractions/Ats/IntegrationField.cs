// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A pass-through field of the source system: <c>{id, key, type, label, value}</c>. <c>type</c> is one of
/// <see cref="IntegrationFieldType"/> (DEFAULT = a static source field, CUSTOM = a user-made one).
/// <c>value</c> keeps the source's JSON type (string, number, object…); null is JSON null.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.integration_field")]
public sealed record IntegrationField(
    string Id,
    string Key,
    string Type,
    string? Label,
    RawJson? Value);
