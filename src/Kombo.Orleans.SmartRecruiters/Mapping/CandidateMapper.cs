using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// <c>GET /candidates/{id}</c> → <see cref="UnifiedCandidate"/> (MAPPING.md, Candidates). Hot path: one call per
/// candidate of every sync, so it allocates only what the record keeps (no LINQ, one regex match per email).
/// </summary>
public static class CandidateMapper
{
    private static readonly IReadOnlyDictionary<string, RawJson> NoCustomFields = System.Collections.ObjectModel.ReadOnlyDictionary<string, RawJson>.Empty;

    /// <summary>Why the candidate cannot be mapped (null when it can): it needs an id.</summary>
    public static string? Validate(CandidateDetailsDto candidate) =>
        string.IsNullOrWhiteSpace(candidate.Id) ? "candidate without id" : null;

    /// <summary>The API path a candidate's <c>remote_data</c> is keyed by.</summary>
    public static string Path(string candidateId) => string.Concat("/candidates/", candidateId);

    /// <summary>
    /// Maps one candidate. <paramref name="raw"/> is the response body as SmartRecruiters sent it, when the caller
    /// kept it: <c>remote_data</c> then holds it verbatim (unknown fields included) instead of the DTO re-serialised.
    /// </summary>
    /// <exception cref="ArgumentException">The candidate fails <see cref="Validate"/>.</exception>
    public static UnifiedCandidate Map(MappingContext ctx, CandidateDetailsDto candidate, RawJson? raw = null)
    {
        if (Validate(candidate) is { } problem)
        {
            throw new ArgumentException(problem, nameof(candidate));
        }

        var id = candidate.Id!;
        var experience = CurrentExperience(candidate.Experience);
        return new UnifiedCandidate(
            Id: ctx.Id(UnifiedModels.Candidate, id),
            RemoteId: id,
            FirstName: Labels.NullIfEmpty(candidate.FirstName),
            LastName: Labels.NullIfEmpty(candidate.LastName),
            Company: Labels.NullIfEmpty(experience?.Company),
            Title: Labels.NullIfEmpty(experience?.Title),
            Confidential: null,
            Source: Labels.NullIfEmpty(candidate.PrimaryAssignment?.Source),
            PhoneNumbers: Labels.NullIfEmpty(candidate.PhoneNumber) is { } phone ? [new PhoneNumber(phone, null)] : [],
            EmailAddresses: Labels.NullIfEmpty(candidate.Email) is { } email && EmailRules.IsValid(email) ? [new EmailAddress(email, null)] : [],
            SocialMedia: SocialMedia(candidate.Web),
            Location: LocationMapper.Map(candidate.Location),
            CustomFields: NoCustomFields,
            IntegrationFields: [],
            RemoteUrl: null,
            RemoteCreatedAt: candidate.CreatedOn?.ToUniversalTime(),
            RemoteUpdatedAt: candidate.UpdatedOn?.ToUniversalTime(),
            RemoteData: RemoteData.Of((Path(id), raw is { } body ? (object)body : candidate)),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>The experience entry with <c>current: true</c> (the first such), else the first entry; null when there is none.</summary>
    public static ExperienceDto? CurrentExperience(IReadOnlyList<ExperienceDto>? experience)
    {
        if (experience is null || experience.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < experience.Count; i++)
        {
            if (experience[i] is { Current: true } current)
            {
                return current;
            }
        }

        return experience[0];
    }

    /// <summary>One link per non-empty <c>web</c> key, in the order LINKEDIN, FACEBOOK, TWITTER, SKYPE, WEBSITE.</summary>
    public static IReadOnlyList<SocialMediaLink> SocialMedia(WebProfileDto? web)
    {
        if (web is null)
        {
            return [];
        }

        var count = (IsSet(web.Linkedin) ? 1 : 0) + (IsSet(web.Facebook) ? 1 : 0) + (IsSet(web.Twitter) ? 1 : 0)
            + (IsSet(web.Skype) ? 1 : 0) + (IsSet(web.Website) ? 1 : 0);
        if (count == 0)
        {
            return [];
        }

        var links = new SocialMediaLink[count];
        var i = 0;
        Add(links, ref i, web.Linkedin, SocialMediaType.Linkedin);
        Add(links, ref i, web.Facebook, SocialMediaType.Facebook);
        Add(links, ref i, web.Twitter, SocialMediaType.Twitter);
        Add(links, ref i, web.Skype, SocialMediaType.Skype);
        Add(links, ref i, web.Website, SocialMediaType.Website);
        return links;
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    private static void Add(SocialMediaLink[] links, ref int i, string? link, string type)
    {
        if (IsSet(link))
        {
            links[i++] = new SocialMediaLink(link, type, null);
        }
    }
}
