namespace SmartRecruiters.Simulator.Options;

/// <summary>SmartRecruiters' documented limits, per credential. On by default.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Multiplies every limit (0.5 halves them); for experiments, not for realism.</summary>
    public double Scale { get; set; } = 1.0;

    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>For POST/DELETE <c>/jobs/{id}/publication</c> and GET <c>/offers/{id}/documents/{id}</c>.</summary>
    public int SlowRequestsPerSecond { get; set; } = 2;

    public int ConcurrentRequests { get; set; } = 8;

    /// <summary>For <c>GET /candidates</c>.</summary>
    public int ConcurrentCandidateSearches { get; set; } = 1;

    public int Scaled(int limit) => Math.Max(1, (int)Math.Round(limit * Scale));
}
