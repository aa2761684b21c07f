namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>How often an integration syncs by itself (reminders; at least one minute each).</summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.schedule")]
public sealed record SyncSchedule(
    [property: Id(0)] TimeSpan DeltaInterval,
    [property: Id(1)] TimeSpan FullInterval)
{
    public static SyncSchedule Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(24));

    public static TimeSpan Minimum { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Why this schedule cannot be used (null when it can).</summary>
    public string? Validate() =>
        DeltaInterval < Minimum || FullInterval < Minimum ? "Sync intervals are at least one minute."
        : DeltaInterval > FullInterval ? "The delta interval cannot be longer than the full interval."
        : null;
}
