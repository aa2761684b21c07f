namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// The shortest time SmartRecruiters' documented limits allow for a given set of requests at a given latency: no
/// client can be faster, so (this bound ÷ the wall time) is the share of the budget a client achieved.
/// </summary>
/// <remarks>
/// With per-endpoint request counts c_e, latency L, 10 requests/s per endpoint, 8 in flight and 1 <c>GET /candidates</c>
/// in flight: T ≥ max(max_e c_e / 10 s, Σ c_e × L / 8, c_/candidates × L / 1). The public Posting API is not limited
/// (no credential), so it counts in none of the terms. Each term ignores the bucket's initial burst (at most 1 s).
/// </remarks>
public static class RequestBound
{
    public const int RequestsPerSecond = 10;
    public const int ConcurrentRequests = 8;
    public const int ConcurrentCandidateSearches = 1;
    public const string CandidateSearch = "GET /candidates";

    /// <summary>Endpoints SmartRecruiters serves without a credential, so without its limits.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET /v1/companies/{companyIdentifier}/postings",
        "GET /v1/companies/{companyIdentifier}/postings/{postingId}",
    };

    public static TimeSpan Of(IEnumerable<KeyValuePair<string, long>> counts, TimeSpan latency)
    {
        var limited = counts.Where(c => !Public.Contains(c.Key) && c.Value > 0).ToList();
        if (limited.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var perEndpoint = limited.Max(c => c.Value) / (double)RequestsPerSecond;
        var inFlight = limited.Sum(c => c.Value) * latency.TotalSeconds / ConcurrentRequests;
        var searches = limited.Where(c => c.Key == CandidateSearch).Sum(c => c.Value) * latency.TotalSeconds / ConcurrentCandidateSearches;
        return TimeSpan.FromSeconds(Math.Max(perEndpoint, Math.Max(inFlight, searches)));
    }

    /// <summary>The sync model that sends requests to an endpoint (models run one after another).</summary>
    public static string ModelOf(string endpoint) => endpoint switch
    {
        _ when endpoint.StartsWith("GET /user-api/v201804/users", StringComparison.Ordinal) => "users",
        _ when endpoint.StartsWith("GET /configuration/rejection-reasons", StringComparison.Ordinal) => "rejection_reasons",
        _ when endpoint.StartsWith("GET /jobs", StringComparison.Ordinal)
            || endpoint.StartsWith("GET /v1/companies", StringComparison.Ordinal)
            || endpoint.StartsWith("GET /postings", StringComparison.Ordinal) => "jobs",
        _ when endpoint.StartsWith("GET /user-api/v201804/system-roles", StringComparison.Ordinal) => "roles",
        _ when endpoint.StartsWith("GET /configuration/hiring-processes", StringComparison.Ordinal) => "application_stages",
        _ => "candidates",
    };
}
