using System.Globalization;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Grains.Queries.Shapes;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;

namespace Kombo.Orleans.Grains.Queries;

/// <summary>
/// Kombo's endpoint filters as record-store conditions: payload filters on the served model, and for filters on a
/// linked model (candidates and interviews by job, applications by job remote id) the ids those resolve to.
/// AND across filters, OR within one filter's values.
/// </summary>
internal sealed class EndpointFilters
{
    private EndpointFilters(List<PayloadFilter> payload, HashSet<string>? ids)
    {
        Payload = payload;
        Ids = ids;
    }

    public IReadOnlyList<PayloadFilter> Payload { get; }

    /// <summary>The only ids that can match (from resolved filters), or null when no filter restricts ids.</summary>
    public IReadOnlySet<string>? Ids { get; }

    /// <summary>True when some filter can match nothing (e.g. job_remote_ids no job has), so no query is needed.</summary>
    public bool MatchesNothing { get; private set; }

    /// <exception cref="ArgumentException">An unknown filter, an enum value Kombo does not define, a malformed timestamp.</exception>
    public static async Task<EndpointFilters> ResolveAsync(AtsEndpoint endpoint, IReadOnlyDictionary<string, string[]>? filters, ShapeReader reader)
    {
        var payload = new List<PayloadFilter>();
        HashSet<string>? ids = null;
        var nothing = false;
        var known = AtsEndpoints.Filters(endpoint);
        foreach (var (name, raw) in filters ?? new Dictionary<string, string[]>())
        {
            if (!known.Contains(name))
            {
                var accepted = known.Count == 0 ? "none" : string.Join(", ", known);
                throw new ArgumentException($"'{name}' is not a filter of /{AtsEndpoints.Path(endpoint)} (accepted: {accepted}).", name);
            }

            var values = (raw ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            if (values.Length == 0)
            {
                continue;
            }

            switch (endpoint, name)
            {
                case (AtsEndpoint.Jobs, "statuses"):
                    payload.Add(Enum(name, "status", values, JobStatus.All));
                    break;
                case (AtsEndpoint.Jobs, "employment_types"):
                    payload.Add(Enum(name, "employment_type", values, EmploymentType.All));
                    break;
                case (AtsEndpoint.Jobs, "visibilities"):
                    payload.Add(Enum(name, "visibility", values, JobVisibility.All));
                    break;
                case (AtsEndpoint.Jobs, "job_codes"):
                    payload.Add(new PayloadEqualsFilter("job_code", values));
                    break;
                case (AtsEndpoint.Jobs, "name_contains"):
                    payload.Add(new PayloadContainsFilter("name", Single(name, values)));
                    break;
                case (AtsEndpoint.Jobs or AtsEndpoint.Applications, "remote_created_after"):
                    payload.Add(new PayloadAfterFilter("remote_created_at", Instant(name, Single(name, values))));
                    break;
                case (AtsEndpoint.Jobs, "post_url"):
                    payload.Add(new PayloadEqualsFilter("post_url", values));
                    break;
                case (AtsEndpoint.Applications, "outcomes"):
                    payload.Add(Enum(name, "outcome", values, ApplicationOutcome.All));
                    break;
                case (AtsEndpoint.Applications, "job_ids"):
                    payload.Add(new PayloadLinkFilter("job_id", values));
                    break;
                case (AtsEndpoint.Applications, "job_remote_ids"):
                    var jobs = await reader.AllAsync(new RecordQuery(reader.Scope(UnifiedModels.Job)) { RemoteIds = values, IncludeDeleted = true });
                    nothing |= jobs.Count == 0;
                    payload.Add(new PayloadLinkFilter("job_id", jobs.Select(j => j.Id).ToArray()));
                    break;
                case (AtsEndpoint.Applications, "current_stage_ids"):
                    payload.Add(new PayloadEqualsFilter("current_stage_id", values));
                    break;
                case (AtsEndpoint.Candidates, "email"):
                    payload.Add(new PayloadEqualsFilter("email_addresses.email_address", values, IgnoreCase: true));
                    break;
                case (AtsEndpoint.Candidates, "first_name"):
                    payload.Add(new PayloadEqualsFilter("first_name", values, IgnoreCase: true));
                    break;
                case (AtsEndpoint.Candidates, "last_name"):
                    payload.Add(new PayloadEqualsFilter("last_name", values, IgnoreCase: true));
                    break;
                case (AtsEndpoint.Candidates, "job_ids"):
                    ids = Intersect(ids, await ApplicationLinksOfJobs(reader, values, "candidate_id"));
                    break;
                case (AtsEndpoint.Interviews, "job_ids"):
                    var applications = await ApplicationLinksOfJobs(reader, values, "id");
                    nothing |= applications.Count == 0;
                    payload.Add(new PayloadLinkFilter("application_id", applications.ToArray()));
                    break;
                case (AtsEndpoint.Users, "emails"):
                    payload.Add(new PayloadEqualsFilter("email", values, IgnoreCase: true));
                    break;
                case (AtsEndpoint.Roles, "scopes"):
                    payload.Add(Enum(name, "scope", values, RoleScope.All));
                    break;
                default:
                    throw new ArgumentException($"The filter '{name}' of /{AtsEndpoints.Path(endpoint)} is not supported.", name);
            }
        }

        return new EndpointFilters(payload, ids) { MatchesNothing = nothing || ids is { Count: 0 } };
    }

    /// <summary>
    /// A field of every live application of the given jobs. Kombo filters "candidates who applied to" and "interviews
    /// of" a job through its current applications.
    /// </summary>
    private static async Task<HashSet<string>> ApplicationLinksOfJobs(ShapeReader reader, string[] jobIds, string field)
    {
        var applications = await reader.ByLinkAsync(UnifiedModels.Application, "job_id", jobIds);
        return applications.SelectMany(g => g)
            .Select(a => field == "id" ? a.Id : a.String(field))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Intersect(HashSet<string>? current, HashSet<string> more)
    {
        if (current is not null)
        {
            more.IntersectWith(current);
        }

        return more;
    }

    private static PayloadEqualsFilter Enum(string parameter, string path, string[] values, IReadOnlyList<string> allowed)
    {
        foreach (var value in values)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{value}' is not a value of '{parameter}' (one of {string.Join(", ", allowed)}).", parameter);
            }
        }

        return new PayloadEqualsFilter(path, values);
    }

    private static string Single(string parameter, string[] values) =>
        values.Length == 1 ? values[0] : throw new ArgumentException($"'{parameter}' takes one value, not {values.Length}.", parameter);

    private static DateTimeOffset Instant(string parameter, string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new ArgumentException($"'{text}' is not an ISO-8601 timestamp ('{parameter}').", parameter);
}
