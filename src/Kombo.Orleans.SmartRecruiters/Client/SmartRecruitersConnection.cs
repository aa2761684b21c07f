namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>Where and as whom to call SmartRecruiters, and how patient to be.</summary>
public sealed record SmartRecruitersConnection(Uri BaseUrl, SmartRecruitersCredentials Credentials)
{
    public static readonly Uri Production = new("https://api.smartrecruiters.com");

    /// <summary>One attempt may take this long (SmartRecruiters advises generous client timeouts).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A call, retries included, may take this long.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of transient failures (429, 5xx, timeouts, connection failures) per call.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First retry delay; doubles with jitter, or follows Retry-After when given.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Renew OAuth tokens this long before they expire.</summary>
    public TimeSpan TokenRenewalMargin { get; init; } = TimeSpan.FromMinutes(2);
}
