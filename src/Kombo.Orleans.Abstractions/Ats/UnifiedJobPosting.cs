// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A posting (job ad) of a job; Kombo embeds these in the job as <c>job_postings[]</c>. <see cref="JobId"/> is the
/// unified job id. <see cref="Status"/>: <see cref="JobPostingStatus"/>; <see cref="Visibility"/>:
/// <see cref="JobPostingVisibility"/> (both open).
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job_posting")]
public sealed record UnifiedJobPosting(
    string Id,
    string RemoteId,
    string JobId,
    string? Title,
    string? DescriptionHtml,
    string? Status,
    string? Visibility,
    string? Url,
    DateTimeOffset? RemoteCreatedAt,
    IReadOnlyDictionary<string, RawJson>? RemoteData,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
