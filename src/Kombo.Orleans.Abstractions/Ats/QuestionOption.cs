// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>An option of a SINGLE_SELECT or MULTI_SELECT screening question: <c>{id, remote_id, name}</c>.</summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.question_option")]
public sealed record QuestionOption(
    string Id,
    string? RemoteId,
    string Name);
