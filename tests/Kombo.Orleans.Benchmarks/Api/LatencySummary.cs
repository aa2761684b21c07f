namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>Every request's latency in a window, sorted once: exact percentiles rather than a histogram's buckets.</summary>
public sealed class LatencySummary
{
    private readonly double[] _sorted;

    public LatencySummary(IEnumerable<List<double>> perClient, TimeSpan window, long errors)
    {
        _sorted = [.. perClient.SelectMany(s => s).Order()];
        Window = window;
        Errors = errors;
    }

    public int Count => _sorted.Length;

    public TimeSpan Window { get; }

    public long Errors { get; }

    public double PagesPerSecond => Count / Window.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double fraction) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(fraction * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
