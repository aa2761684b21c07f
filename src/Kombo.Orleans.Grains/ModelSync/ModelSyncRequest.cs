using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>What the integration grain asks of one model sync grain for one sync.</summary>
/// <param name="Pass">The pass number records are marked with: a new, higher one for each FULL sync; the last FULL's for a DELTA.</param>
/// <param name="ChangedScopes">Scopes earlier models of this sync changed (derived models skip a DELTA when none of their sources changed).</param>
[GenerateSerializer, Immutable, Alias("kombo.engine.model_sync_request")]
public sealed record ModelSyncRequest(
    [property: Id(0)] string SyncId,
    [property: Id(1)] SyncKind Kind,
    [property: Id(2)] long Pass,
    [property: Id(3)] SyncConnection Connection,
    [property: Id(4)] ScopeConfig Scope,
    [property: Id(5)] string[] ChangedScopes);
