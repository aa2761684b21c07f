namespace SmartRecruiters.Simulator.Options;

/// <summary>Added to every SmartRecruiters response: a fixed part plus uniform jitter.</summary>
public sealed class LatencyOptions
{
    public int FixedMilliseconds { get; set; }

    public int JitterMilliseconds { get; set; }

    public bool IsEnabled => FixedMilliseconds > 0 || JitterMilliseconds > 0;
}
