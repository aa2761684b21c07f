namespace Kombo.Orleans.Abstractions.Queries;

/// <summary>Path names of the ATS endpoints and the endpoint-specific filters each accepts (Kombo's parameter names).</summary>
public static class AtsEndpoints
{
    private static readonly Dictionary<AtsEndpoint, string> Paths = new()
    {
        [AtsEndpoint.Jobs] = "jobs",
        [AtsEndpoint.Candidates] = "candidates",
        [AtsEndpoint.Applications] = "applications",
        [AtsEndpoint.Users] = "users",
        [AtsEndpoint.Roles] = "roles",
        [AtsEndpoint.Tags] = "tags",
        [AtsEndpoint.ApplicationStages] = "application-stages",
        [AtsEndpoint.Interviews] = "interviews",
        [AtsEndpoint.Offers] = "offers",
        [AtsEndpoint.RejectionReasons] = "rejection-reasons",
    };

    private static readonly Dictionary<AtsEndpoint, string[]> EndpointFilters = new()
    {
        [AtsEndpoint.Jobs] = ["statuses", "employment_types", "visibilities", "job_codes", "name_contains", "remote_created_after", "post_url"],
        [AtsEndpoint.Applications] = ["outcomes", "job_ids", "job_remote_ids", "current_stage_ids", "remote_created_after"],
        [AtsEndpoint.Candidates] = ["email", "job_ids", "first_name", "last_name"],
        [AtsEndpoint.Users] = ["emails"],
        [AtsEndpoint.Roles] = ["scopes"],
        [AtsEndpoint.Interviews] = ["job_ids"],
    };

    public static IEnumerable<AtsEndpoint> All => Paths.Keys;

    /// <summary>The path segment after <c>/v1/ats/</c>.</summary>
    public static string Path(AtsEndpoint endpoint) => Paths[endpoint];

    public static AtsEndpoint? FromPath(string path) => Paths.FirstOrDefault(p => p.Value == path) is { Value: not null } match ? match.Key : null;

    /// <summary>The filters this endpoint accepts besides the common ones (cursor, page_size, updated_after, include_deleted, ids, remote_ids).</summary>
    public static IReadOnlyList<string> Filters(AtsEndpoint endpoint) => EndpointFilters.GetValueOrDefault(endpoint) ?? [];
}
