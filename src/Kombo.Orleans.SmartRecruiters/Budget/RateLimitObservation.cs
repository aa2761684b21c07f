using System.Globalization;
using System.Net.Http.Headers;

namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>What SmartRecruiters' <c>X-RateLimit-*</c> headers said about the credential's budget.</summary>
public readonly record struct RateLimitObservation(int? Limit, int? Remaining, int? ConcurrentLimit, int? ConcurrentRemaining)
{
    public static RateLimitObservation From(HttpResponseHeaders headers) => new(
        Read(headers, "X-RateLimit-Limit"), Read(headers, "X-RateLimit-Remaining"),
        Read(headers, "X-RateLimit-Concurrent-Limit"), Read(headers, "X-RateLimit-Concurrent-Remaining"));

    private static int? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
