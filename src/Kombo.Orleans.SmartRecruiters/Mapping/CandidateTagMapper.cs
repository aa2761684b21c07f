using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// A candidate's <c>tags[]</c> → <see cref="UnifiedCandidateTag"/>s (candidate_id, tag_id), one per tag (tags equal
/// ignoring case are one tag, see <see cref="TagMapper"/>), in the order the candidate first carries them.
/// The record's own id derives from the remote id <c>{candidateId}:{tag remote id}</c>.
/// </summary>
public static class CandidateTagMapper
{
    /// <summary>Why the candidate's tags cannot be mapped (null when they can): the candidate needs an id.</summary>
    public static string? Validate(CandidateDetailsDto candidate) => CandidateMapper.Validate(candidate);

    /// <summary>The composite remote id the candidate tag's id derives from.</summary>
    public static string RemoteId(string candidateId, string tagRemoteId) => string.Concat(candidateId, ":", tagRemoteId);

    public static IReadOnlyList<UnifiedCandidateTag> Map(MappingContext ctx, CandidateDetailsDto candidate) =>
        Validate(candidate) is { } problem
            ? throw new ArgumentException(problem, nameof(candidate))
            : Map(ctx, candidate.Id!, candidate.Tags);

    /// <summary>The candidate tags of the candidate <paramref name="candidateId"/> (its SmartRecruiters id) carrying <paramref name="tags"/>.</summary>
    public static IReadOnlyList<UnifiedCandidateTag> Map(MappingContext ctx, string candidateId, IReadOnlyList<string?>? tags)
    {
        if (tags is null || tags.Count == 0)
        {
            return [];
        }

        var candidate = ctx.Id(UnifiedModels.Candidate, candidateId);
        var result = new List<UnifiedCandidateTag>(tags.Count);
        var seen = new List<string>(tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            // Lists are short: a scan beats a set.
            if (TagMapper.RemoteId(tags[i]) is not { } tag || seen.Contains(tag))
            {
                continue;
            }

            seen.Add(tag);
            result.Add(new UnifiedCandidateTag(
                Id: ctx.Id(UnifiedModels.CandidateTag, RemoteId(candidateId, tag)),
                CandidateId: candidate,
                TagId: ctx.Id(UnifiedModels.Tag, tag),
                ChangedAt: ctx.ObservedAt,
                RemoteDeletedAt: null));
        }

        return result;
    }
}
