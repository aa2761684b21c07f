using System.Net;

namespace Kombo.Orleans.SmartRecruiters.Resilience;

/// <summary>An attempt that may well succeed if repeated: 429, 5xx, a broken connection, a body that does not parse.</summary>
internal sealed class TransientResponseException(HttpStatusCode? status, TimeSpan? retryAfter, string reason, Exception? inner = null)
    : Exception(reason, inner)
{
    public HttpStatusCode? Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsThrottle => Status == HttpStatusCode.TooManyRequests;
}
