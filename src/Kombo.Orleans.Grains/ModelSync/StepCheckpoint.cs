using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>
/// A model sync grain's durable state, kept as the checkpoint of the step's primary record scope and written
/// with every page: the current (or last) run and where it is, plus what the next delta needs. The grain has
/// no Orleans state of its own, so a page and the position after it can never disagree.
/// </summary>
public sealed record StepCheckpoint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The run in progress or the last one; null before the first.</summary>
    public StepRunState? Run { get; init; }

    /// <summary>When the last successful pass of this model started: the next delta reads what changed after it (minus the overlap).</summary>
    public DateTimeOffset? DeltaSince { get; init; }

    /// <summary>The pass number of the last FULL pass that completed, 0 before the first.</summary>
    public long LastFullPass { get; init; }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static StepCheckpoint Parse(string? value) =>
        string.IsNullOrEmpty(value) ? new StepCheckpoint() : JsonSerializer.Deserialize<StepCheckpoint>(value, Json) ?? new StepCheckpoint();
}

/// <summary>One run of a step as its checkpoint keeps it.</summary>
public sealed record StepRunState
{
    public required string SyncId { get; init; }
    public required SyncKind Kind { get; init; }
    public required long Pass { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public SyncState State { get; init; } = SyncState.Running;
    public DateTimeOffset? EndedAt { get; init; }
    public string? Error { get; init; }
    public long Added { get; init; }
    public long Updated { get; init; }
    public long Deleted { get; init; }
    public long Unchanged { get; init; }
    public long Failed { get; init; }
    public long Requests { get; init; }
    public long RateLimited { get; init; }
    public double BudgetWaitSeconds { get; init; }
    public long Done { get; init; }
    public long? Total { get; init; }
    public string? Phase { get; init; }
    public string? Cursor { get; init; }
    public System.Text.Json.Nodes.JsonObject? Data { get; init; }
    public List<FailedRecord> FailedRecords { get; init; } = [];

    /// <summary>Scopes whose records changed in this run (for derived models and <c>data-changed</c>).</summary>
    public List<string> ChangedScopes { get; init; } = [];

    /// <summary>How many times the run was resumed after its activation was lost.</summary>
    public int Resumes { get; init; }

    public bool IsFinished => State is not (SyncState.Queued or SyncState.Running);
}
