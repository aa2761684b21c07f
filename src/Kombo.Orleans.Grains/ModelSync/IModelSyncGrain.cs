using Kombo.Orleans.Abstractions.Sync;
using Orleans.Concurrency;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>
/// The incremental sync of one sync model of one integration. Key: <c>{integrationId}/{model}</c>
/// (<see cref="ModelSyncKeys"/>). Its checkpoint lives in the record store, committed with every page.
/// </summary>
[Alias("kombo.engine.model_sync")]
public interface IModelSyncGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts (or resumes from its checkpoint) this model's part of the sync and returns at once; the grain reports
    /// to the integration grain when it ends. Idempotent: asking again for the sync it runs, or has finished, changes
    /// nothing (a finished one is reported again).
    /// </summary>
    [Alias("start")]
    Task Start(ModelSyncRequest request);

    /// <summary>Stops the run of <paramref name="syncId"/> at its next await and returns once it has stopped writing; the run is not reported.</summary>
    [Alias("cancel"), AlwaysInterleave]
    Task Cancel(string syncId);

    /// <summary>The current or last run.</summary>
    [Alias("status"), AlwaysInterleave]
    Task<ModelSyncStatus> GetStatus();
}
