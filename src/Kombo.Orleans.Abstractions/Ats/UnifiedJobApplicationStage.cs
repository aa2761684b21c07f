// Wire contract: Orleans serializes this type with implicit field ids taken from the order of its
// positional parameters, so that order is part of the wire and storage contract. Never reorder,
// remove or retype a parameter; add new fields only at the end.

namespace Kombo.Orleans.Abstractions.Ats;

/// <summary>
/// A job-specific application stage (Kombo's <c>ats_join_jobs_application_stages</c>; the API embeds them in the job
/// as <c>stages[]</c>): <see cref="StageId"/> is an <see cref="UnifiedApplicationStage"/>'s id, <see cref="Index"/>
/// the stage's position (from 0) in that job.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.ats.job_application_stage")]
public sealed record UnifiedJobApplicationStage(
    string Id,
    string JobId,
    string StageId,
    int Index,
    DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt);
