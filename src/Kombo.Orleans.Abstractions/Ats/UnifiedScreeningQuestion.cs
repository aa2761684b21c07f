// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A screening question definition; Kombo embeds it in the job as <c>screening_questions[]</c>, together with the
/// job-specific fields of <see cref="UnifiedJobScreeningQuestion"/>. <see cref="Format"/> is one of the
/// <see cref="ScreeningQuestionFormat"/> variants; <see cref="Category"/>: <see cref="ScreeningQuestionCategory"/> (open).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.screening_question")]
public sealed record UnifiedScreeningQuestion(
    string Id,
    string RemoteId,
    string? Title,
    string? Description,
    ScreeningQuestionFormat? Format,
    string? Category,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
