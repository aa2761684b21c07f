namespace SmartRecruiters.Simulator.Diagnostics;

/// <summary>Why a request ended as it did, beyond its status code: what the counters need to tell causes apart.</summary>
public static class RequestOutcome
{
    public const string Served = "served";

    /// <summary>Refused because the caller exceeded a limit (a self-caused 429).</summary>
    public const string RateLimited = "rate-limited";

    public const string InjectedTooManyRequests = "injected-429";
    public const string InjectedServerError = "injected-5xx";
    public const string InjectedTimeout = "injected-timeout";
    public const string InjectedReset = "injected-reset";
    public const string InjectedMalformedJson = "injected-malformed-json";
    public const string InjectedCorruptRecord = "injected-corrupt-record";

    private const string ItemKey = "sim.outcome";

    public static void Set(HttpContext context, string outcome) => context.Items[ItemKey] = outcome;

    public static string Get(HttpContext context) => context.Items[ItemKey] as string ?? Served;
}
