using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>
/// What one offer is mapped from. An offer names its candidate and job only through action URLs, so the caller
/// passes the (candidate, job) it listed the offer for (<c>GET /candidates/{CandidateId}/jobs/{JobId}/offers</c>)
/// and, when <c>GET /candidates/{id}/jobs/{jobId}</c> returned one, that application's <c>applicationId</c>:
/// the offer's application is the application of (candidate, job).
/// </summary>
public sealed record OfferSource(OfferDto Offer, string CandidateId, string JobId, string? ApplicationId = null)
{
    /// <summary>The offer of <paramref name="application"/> (its candidate, job and application id).</summary>
    public static OfferSource For(OfferDto offer, ApplicationDto application) =>
        ApplicationMapper.Validate(application) is { } problem
            ? throw new ArgumentException(problem, nameof(application))
            : new OfferSource(offer, application.CandidateId!, application.JobId!, application.ApplicationId);
}

/// <summary>
/// An offer → <see cref="UnifiedOffer"/> (MAPPING.md, Offers): status table, application from (candidate, job),
/// remote timestamps, one CUSTOM integration field per property, employment_start_date from <c>startDate</c>.
/// </summary>
public static class OfferMapper
{
    /// <summary>The property holding the employment start date.</summary>
    public const string StartDateProperty = "startDate";

    private static readonly IReadOnlyDictionary<string, RawJson> NoCustomFields = System.Collections.ObjectModel.ReadOnlyDictionary<string, RawJson>.Empty;

    /// <summary>Why the offer cannot be mapped (null when it can): it needs an id.</summary>
    public static string? Validate(OfferDto offer) => string.IsNullOrWhiteSpace(offer.Id) ? "offer without id" : null;

    /// <summary>
    /// Why the offer cannot be mapped for this (candidate, job) (null when it can): it needs an id, the candidate
    /// and job ids are required, and the offer's action URLs, where present, must name the same candidate and job.
    /// </summary>
    public static string? Validate(OfferSource source)
    {
        if (Validate(source.Offer) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(source.CandidateId) || string.IsNullOrWhiteSpace(source.JobId))
        {
            return $"offer {source.Offer.Id}: no candidate or job given";
        }

        var (candidateId, jobId) = Owner(source.Offer);
        if (candidateId is not null && !string.Equals(candidateId, source.CandidateId, StringComparison.Ordinal))
        {
            return $"offer {source.Offer.Id} belongs to candidate {candidateId}, not {source.CandidateId}";
        }

        return jobId is not null && !string.Equals(jobId, source.JobId, StringComparison.Ordinal)
            ? $"offer {source.Offer.Id} belongs to job {jobId}, not {source.JobId}"
            : null;
    }

    /// <summary>The offer's API path (<c>remote_data</c> key).</summary>
    public static string Path(string candidateId, string jobId, string offerId) =>
        string.Concat(ApplicationMapper.Path(candidateId, jobId), "/offers/", offerId);

    /// <summary>
    /// The candidate and job an offer names in its action URLs (<c>…/candidates/{id}</c>, <c>…/jobs/{jobId}</c>,
    /// else from <c>…/candidates/{id}/jobs/{jobId}/offers/{offerId}</c>), for offers found by <c>GET /offers</c>.
    /// </summary>
    public static (string? CandidateId, string? JobId) Owner(OfferDto offer)
    {
        var details = offer.Actions?.Details?.Url;
        var candidateId = After(offer.Actions?.Candidate?.Url, "/candidates/") ?? After(details, "/candidates/");
        var jobId = After(offer.Actions?.Job?.Url, "/jobs/") ?? After(details, "/jobs/");
        return (candidateId, jobId);
    }

    /// <summary>
    /// CREATED, PENDING_APPROVAL → DRAFT; APPROVED → APPROVED; PENDING_ACCEPTANCE → SENT; ACCEPTED → ACCEPTED;
    /// NOT_ACCEPTED → DECLINED; NOT_APPROVED, ABANDONED → ABANDONED; any other value passed through; none → null.
    /// </summary>
    public static string? Status(string? status) => status switch
    {
        "CREATED" or "PENDING_APPROVAL" => OfferStatus.Draft,
        "APPROVED" => OfferStatus.Approved,
        "PENDING_ACCEPTANCE" => OfferStatus.Sent,
        "ACCEPTED" => OfferStatus.Accepted,
        "NOT_ACCEPTED" => OfferStatus.Declined,
        "NOT_APPROVED" or "ABANDONED" => OfferStatus.Abandoned,
        _ => Labels.NullIfEmpty(status),
    };

    /// <summary>
    /// One <c>{id: key, key, type: CUSTOM, label: key, value}</c> per property, ordered by key (ordinal, so the
    /// projection does not change with the order SmartRecruiters lists them in); the value keeps its JSON type.
    /// </summary>
    public static IReadOnlyList<IntegrationField> IntegrationFields(IReadOnlyDictionary<string, JsonElement>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return [];
        }

        var keys = new string[properties.Count];
        var n = 0;
        foreach (var key in properties.Keys)
        {
            keys[n++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        var fields = new IntegrationField[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var value = properties[keys[i]];
            fields[i] = new IntegrationField(keys[i], keys[i], IntegrationFieldType.Custom, keys[i],
                value.ValueKind == JsonValueKind.Undefined ? RawJson.Null : RawJson.FromElement(value));
        }

        return fields;
    }

    /// <summary>The <c>startDate</c> property: a date → midnight UTC, a timestamp → UTC; null when absent or not a date.</summary>
    public static DateTimeOffset? EmploymentStartDate(IReadOnlyDictionary<string, JsonElement>? properties) =>
        properties is not null && properties.TryGetValue(StartDateProperty, out var value) && value.ValueKind == JsonValueKind.String
            ? Labels.DateOrTimestamp(value.GetString())
            : null;

    /// <exception cref="ArgumentException">The source fails <see cref="Validate(OfferSource)"/>.</exception>
    public static UnifiedOffer Map(MappingContext ctx, OfferSource source)
    {
        if (Validate(source) is { } problem)
        {
            throw new ArgumentException(problem, nameof(source));
        }

        var offer = source.Offer;
        var applicationRemoteId = ApplicationMapper.RemoteId(source.ApplicationId, source.CandidateId, source.JobId);
        return new UnifiedOffer(
            Id: ctx.Id(UnifiedModels.Offer, offer.Id!),
            RemoteId: offer.Id!,
            Status: Status(offer.Status),
            EmploymentStartDate: EmploymentStartDate(offer.Properties),
            ApplicationId: ctx.Id(UnifiedModels.Application, applicationRemoteId),
            CustomFields: NoCustomFields,
            IntegrationFields: IntegrationFields(offer.Properties),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null,
            RemoteCreatedAt: offer.CreatedOn?.ToUniversalTime(),
            RemoteUpdatedAt: offer.UpdatedOn?.ToUniversalTime(),
            RemoteData: RemoteData.Of((Path(source.CandidateId, source.JobId, offer.Id!), offer)));
    }

    /// <summary>The path segment after <paramref name="marker"/> in <paramref name="url"/> (up to the next <c>/</c>, <c>?</c> or <c>#</c>).</summary>
    private static string? After(string? url, string marker)
    {
        if (url is null)
        {
            return null;
        }

        var start = url.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        var segment = end < 0 ? url[start..] : url[start..end];
        return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
    }
}
