namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>SmartRecruiters' documented limits per credential, and how close to them the client runs.</summary>
public sealed record RequestBudgetLimits
{
    public static readonly RequestBudgetLimits SmartRecruiters = new();

    public int RequestsPerSecond { get; init; } = 10;

    public int SlowRequestsPerSecond { get; init; } = 2;

    public int ConcurrentRequests { get; init; } = 8;

    public int ConcurrentCandidateSearches { get; init; } = 1;

    /// <summary>
    /// The burst the client allows itself, below the server's (10): network jitter can bunch
    /// requests on arrival, and the margin absorbs that without lowering the sustained rate.
    /// </summary>
    public int Burst { get; init; } = 6;

    /// <summary>How long the credential pauses after a 429 without Retry-After.</summary>
    public TimeSpan ThrottlePause { get; init; } = TimeSpan.FromSeconds(1);
}
