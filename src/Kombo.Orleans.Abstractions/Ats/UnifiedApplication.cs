// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// An application of a candidate to a job (Kombo <c>GET /ats/applications</c>, without the embedded
/// <c>candidate</c>, <c>current_stage</c>, <c>job</c>, <c>interviews</c> and <c>offers</c>). <see cref="Outcome"/>:
/// <see cref="ApplicationOutcome"/> (open). <see cref="CurrentStageId"/>, <see cref="JobId"/> and
/// <see cref="CandidateId"/> are unified ids.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.application")]
public sealed record UnifiedApplication(
    string Id,
    string RemoteId,
    string? Outcome,
    string? RejectionReasonName,
    DateTimeOffset? RejectedAt,
    string? CurrentStageId,
    string? JobId,
    string? CandidateId,
    IReadOnlyList<ScreeningQuestionAnswer> ScreeningQuestionAnswers,
    IReadOnlyDictionary<string, RawJson> CustomFields,
    IReadOnlyList<IntegrationField> IntegrationFields,
    string? RemoteUrl,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt,
    DateTimeOffset? RemoteCreatedAt,
    DateTimeOffset? RemoteUpdatedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData);
