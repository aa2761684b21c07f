namespace SmartRecruiters.Simulator.Options;

/// <summary>Probabilities (0..1) of injected faults per SmartRecruiters request. All off by default.</summary>
public sealed class FaultOptions
{
    /// <summary>Answer 500/502/503/504 without doing the work.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Hold the request for <see cref="TimeoutDuration"/> before answering 504 (clients see a timeout).</summary>
    public double TimeoutRate { get; set; }

    public TimeSpan TimeoutDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Abort the connection without a response.</summary>
    public double ConnectionResetRate { get; set; }

    /// <summary>Answer 200 with a body that is not valid JSON.</summary>
    public double MalformedJsonRate { get; set; }

    /// <summary>In list pages, corrupt one record (a missing id or a wrong-typed field).</summary>
    public double CorruptRecordRate { get; set; }

    /// <summary>Answer 429 although no limit was reached (a 429 storm not caused by the client).</summary>
    public double TooManyRequestsRate { get; set; }

    public bool AnyEnabled =>
        ServerErrorRate > 0 || TimeoutRate > 0 || ConnectionResetRate > 0 || MalformedJsonRate > 0 || TooManyRequestsRate > 0;
}
