namespace SmartRecruiters.Simulator.Options;

/// <summary>Everything the simulator can be told: data size, credentials, limits, behaviour switches, faults.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Same seed and sizes, same accounts: ids, names, statuses, histories, all of it.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Independent companies, each with its own credentials, data and rate-limit budget.</summary>
    public int Accounts { get; set; } = 1;

    /// <summary>Candidates per account (about 1 in 50 has no application and is invisible to <c>GET /candidates</c>).</summary>
    public int Candidates { get; set; } = 200;

    /// <summary>Jobs per account; derived from <see cref="Candidates"/> when unset.</summary>
    public int? Jobs { get; set; }

    /// <summary>Users per account; derived from <see cref="Jobs"/> when unset.</summary>
    public int? Users { get; set; }

    /// <summary>The first account's <c>X-SmartToken</c>; other accounts get derived keys (see <c>GET /_sim/accounts</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The first account's OAuth client id and secret.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Lifetime of OAuth access tokens (SmartRecruiters: 30 minutes). Expiry is enforced.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Generated data is dated up to this instant; everything changed later is a mutation.</summary>
    public DateTimeOffset DataAsOf { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The simulator's own base URL, for links in webhook deliveries; set by the host once it listens.</summary>
    public string? PublicUrl { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();

    public BehaviourOptions Behaviour { get; set; } = new();

    public LatencyOptions Latency { get; set; } = new();

    public FaultOptions Faults { get; set; } = new();

    public int EffectiveJobs => Jobs ?? Math.Clamp(Candidates / 25, 3, 10_000);

    public int EffectiveUsers => Users ?? Math.Clamp(EffectiveJobs / 2, 5, 2_000);
}
