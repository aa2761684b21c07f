namespace SmartRecruiters.Simulator.Api;

/// <summary>
/// Metadata on every SmartRecruiters endpoint: the scope it needs, how a missing scope is answered
/// (SmartRecruiters answers some permission failures with 401), and its rate-limit class.
/// </summary>
public sealed record SrOperation(string? Scope, RateClass Rate = RateClass.Normal)
{
    /// <summary>No credential needed (token endpoint, public postings, Apply API configuration).</summary>
    public bool Public { get; init; }

    public int DeniedStatus { get; init; } = StatusCodes.Status403Forbidden;

    public string DeniedCode { get; init; } = "PERMISSION_DENIED";

    public string DeniedMessage { get; init; } = "Access denied: the credential lacks the required permission.";

    /// <summary>A scope that stands in for <see cref="Scope"/> (the webhooks API accepts webhooks_manage for each of its scopes).</summary>
    public string? OrScope { get; init; }

    /// <summary>A second scope the endpoint needs (status history needs candidate_status_read too).</summary>
    public string? AlsoRequires { get; init; }

    /// <summary>The audit API needs the ADMINISTRATOR system role on top of its scope.</summary>
    public bool AdminOnly { get; init; }
}

public enum RateClass
{
    /// <summary>10 requests/s per endpoint, within the credential's 8 concurrent requests.</summary>
    Normal,

    /// <summary>2 requests/s (publication and offer documents).</summary>
    Slow,

    /// <summary><c>GET /candidates</c>: additionally one at a time.</summary>
    CandidateSearch,
}

public static class SimEndpoints
{
    public static SrOperation? Operation(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<SrOperation>();

    public static bool IsSmartRecruiters(HttpContext context) => Operation(context) is not null;

    public static bool RequiresCredential(HttpContext context) => Operation(context) is { Public: false };

    /// <summary>The route template the request matched, e.g. <c>GET /candidates/{id}</c>: the unit of per-endpoint limits and counters.</summary>
    public static string Key(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {NormalisedTemplate(route.RoutePattern.RawText)}"
            : $"{context.Request.Method} (unmatched)";

    // Group roots come out as "/jobs/"; SmartRecruiters' endpoint is "/jobs".
    private static string? NormalisedTemplate(string? template) => template is { Length: > 1 } t ? t.TrimEnd('/') : template;

    public static TBuilder Sr<TBuilder>(this TBuilder builder, string? scope, RateClass rate = RateClass.Normal)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new SrOperation(scope, rate));

    public static TBuilder Sr<TBuilder>(this TBuilder builder, SrOperation operation)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(operation);
}
