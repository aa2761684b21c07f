using System.Text.Json.Nodes;

namespace Kombo.Orleans.Grains.Sync;

/// <summary>
/// Where a step is in its pass, committed with each page: the SmartRecruiters cursor of the next page, a phase
/// name for steps that walk several lists, and small step-specific data. Kept in the record store's checkpoint
/// (at most a few KiB: never a list of records).
/// </summary>
public sealed record StepPosition(string? Phase = null, string? Cursor = null, JsonObject? Data = null)
{
    public static StepPosition Start { get; } = new();
}
