using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.Integrations;

/// <summary>The sync an integration is running: which models run or have finished, and what the finished ones reported.</summary>
[GenerateSerializer, Alias("kombo.engine.current_sync")]
public sealed class CurrentSync
{
    [Id(0)] public required string SyncId { get; init; }
    [Id(1)] public required SyncKind Kind { get; init; }
    [Id(2)] public required long Pass { get; init; }
    [Id(3)] public required DateTimeOffset QueuedAt { get; init; }
    [Id(4)] public DateTimeOffset? StartedAt { get; set; }
    [Id(6)] public SyncCounts Counts { get; set; } = SyncCounts.Zero;
    [Id(7)] public RequestUsage Usage { get; set; } = RequestUsage.Zero;
    [Id(8)] public List<string> ChangedScopes { get; set; } = [];
    [Id(9)] public SyncState Outcome { get; set; } = SyncState.Succeeded;
    [Id(10)] public string? Error { get; set; }

    /// <summary>Models asked to run in this sync (running or finished).</summary>
    [Id(11)] public List<string> Started { get; set; } = [];

    /// <summary>Models whose report is in.</summary>
    [Id(12)] public List<string> Finished { get; set; } = [];

    public IEnumerable<string> Running => Started.Except(Finished, StringComparer.Ordinal);

    public SyncSummary Summary(SyncState state, DateTimeOffset? endedAt) => new(
        SyncId, Kind, state, QueuedAt, StartedAt, endedAt, Counts, Usage,
        [.. ChangedScopes.Select(Sync.ScopeModels.KomboName).OfType<string>().Distinct().Order(StringComparer.Ordinal)], Error);
}
