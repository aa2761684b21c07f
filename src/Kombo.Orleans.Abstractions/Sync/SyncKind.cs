namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>How much a sync reads: what changed since the last one, or everything.</summary>
[GenerateSerializer, Alias("kombo.sync.kind")]
public enum SyncKind
{
    /// <summary>What changed since the previous sync (SmartRecruiters' <c>updatedAfter</c>, the audit feed); never deletes.</summary>
    Delta = 0,

    /// <summary>Everything; re-derives every model and is the only pass that marks deletions.</summary>
    Full = 1,
}
