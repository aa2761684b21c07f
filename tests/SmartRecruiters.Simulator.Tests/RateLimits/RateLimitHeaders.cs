namespace SmartRecruiters.Simulator.Tests.RateLimits;

/// <summary>Reads the <c>X-RateLimit-*</c> headers SmartRecruiters puts on every response.</summary>
internal static class RateLimitHeaders
{
    public static int Limit(HttpResponseMessage response) => Value(response, "X-RateLimit-Limit");

    public static int Remaining(HttpResponseMessage response) => Value(response, "X-RateLimit-Remaining");

    public static int ConcurrentLimit(HttpResponseMessage response) => Value(response, "X-RateLimit-Concurrent-Limit");

    public static int ConcurrentRemaining(HttpResponseMessage response) => Value(response, "X-RateLimit-Concurrent-Remaining");

    private static int Value(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values), $"No {name} header on a {(int)response.StatusCode} response.");
        return int.Parse(Assert.Single(values), System.Globalization.CultureInfo.InvariantCulture);
    }
}
