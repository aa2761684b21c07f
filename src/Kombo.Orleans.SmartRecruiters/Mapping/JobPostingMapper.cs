using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// Job postings, one per job ad (<c>GET /jobs/{id}/jobads</c>): remote_id ← ad <c>id</c>, title ← <c>title</c>,
/// description_html ← the ad's sections (<see cref="JobMapper.DescriptionHtml"/>), status ← <c>postingStatus</c>
/// (PUBLISHED → ACTIVE, NOT_PUBLISHED → INACTIVE), visibility (PUBLIC / INTERNAL as is, PRIVATE → UNLISTED),
/// url ← <c>applyUrl</c>, remote_created_at ← <c>createdOn</c>. remote_data is keyed by the ad's own path,
/// <c>/jobs/{jobId}/jobads/{adId}</c>.
/// </summary>
public static class JobPostingMapper
{
    public static UnifiedJobPosting Map(MappingContext ctx, string jobRemoteId, JobAdDto ad)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(ad);
        MappingGuards.RemoteId(jobRemoteId, "job");
        var id = MappingGuards.RemoteId(ad.Id, "job ad");
        return new UnifiedJobPosting(
            Id: ctx.Id(UnifiedModels.JobPosting, id),
            RemoteId: id,
            JobId: ctx.Id(UnifiedModels.Job, jobRemoteId),
            Title: Labels.NullIfEmpty(ad.Title),
            DescriptionHtml: JobMapper.DescriptionHtml(ad.JobAd?.Sections),
            Status: StatusOf(ad.PostingStatus),
            Visibility: VisibilityOf(ad.Visibility),
            Url: Labels.NullIfEmpty(ad.ApplyUrl),
            RemoteCreatedAt: ad.CreatedOn?.ToUniversalTime(),
            RemoteData: RemoteData.Of(($"{JobMapper.Path(jobRemoteId)}/jobads/{id}", ad)),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>Every ad of a job, in API order (ads without an id are skipped).</summary>
    public static IReadOnlyList<UnifiedJobPosting> MapAll(MappingContext ctx, string jobRemoteId, IEnumerable<JobAdDto?> ads)
    {
        ArgumentNullException.ThrowIfNull(ads);
        return ads.Where(a => !string.IsNullOrWhiteSpace(a?.Id)).DistinctBy(a => a!.Id, StringComparer.Ordinal)
            .Select(a => Map(ctx, jobRemoteId, a!)).ToList();
    }

    /// <summary>PUBLISHED → ACTIVE, NOT_PUBLISHED → INACTIVE, others as is.</summary>
    public static string? StatusOf(string? postingStatus) => postingStatus switch
    {
        "PUBLISHED" => JobPostingStatus.Active,
        "NOT_PUBLISHED" => JobPostingStatus.Inactive,
        _ => Labels.NullIfEmpty(postingStatus),
    };

    /// <summary>PUBLIC and INTERNAL as is, PRIVATE → UNLISTED, others as is.</summary>
    public static string? VisibilityOf(string? visibility) => visibility switch
    {
        "PUBLIC" => JobPostingVisibility.Public,
        "INTERNAL" => JobPostingVisibility.Internal,
        "PRIVATE" => JobPostingVisibility.Unlisted,
        _ => Labels.NullIfEmpty(visibility),
    };
}
