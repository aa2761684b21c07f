using System.Net;

namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>SmartRecruiters refused a call for good (a 4xx other than 429, or retries exhausted).</summary>
public class SmartRecruitersException(HttpStatusCode? status, string? code, string message, string endpoint, Exception? inner = null)
    : Exception($"{endpoint}: {message}", inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>SmartRecruiters' error code (<c>errors[0].code</c>), when it sent one.</summary>
    public string? Code { get; } = code;

    public string Endpoint { get; } = endpoint;
}

/// <summary>The credentials are wrong, revoked or expired and a renewal did not help: the integration needs new ones.</summary>
public sealed class SmartRecruitersCredentialsInvalidException(string endpoint, string message)
    : SmartRecruitersException(HttpStatusCode.Unauthorized, "CREDENTIALS_INVALID", message, endpoint);

/// <summary>A cursor came back that was already followed: the walk would never end.</summary>
public sealed class SmartRecruitersCursorLoopException(string endpoint, string cursor)
    : SmartRecruitersException(null, "CURSOR_LOOP", $"SmartRecruiters returned an already-visited cursor ({cursor[..Math.Min(24, cursor.Length)]}…).", endpoint);
