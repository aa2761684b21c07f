// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A screening question asked on a job (Kombo's <c>ats_join_jobs_screening_questions</c>; the API embeds the
/// questions in the job as <c>screening_questions[]</c>, merging these fields into the question's).
/// <see cref="QuestionId"/> is a <see cref="UnifiedScreeningQuestion"/>'s id, <see cref="Index"/> its position (from 0).
/// The precondition, when present, shows the question only when question <see cref="PreconditionQuestionId"/> got one
/// of <see cref="PreconditionOptions"/>: option ids (JSON strings) for a select question, <c>true</c> / <c>false</c>
/// for a BOOLEAN one; both null when there is no precondition.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job_screening_question")]
public sealed record UnifiedJobScreeningQuestion(
    string Id,
    string JobId,
    string QuestionId,
    int Index,
    bool? Required,
    string? PreconditionQuestionId,
    IReadOnlyList<RawJson>? PreconditionOptions,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
