using Kombo.Orleans.Grains.ModelSync;
using Orleans.Concurrency;

namespace Kombo.Orleans.Grains.Integrations;

/// <summary>What model sync grains tell their integration grain (same grain as <c>IIntegrationGrain</c>; engine-internal).</summary>
[Alias("kombo.engine.integration_callbacks")]
public interface IIntegrationSyncCallbacks : IGrainWithStringKey
{
    /// <summary>
    /// A model's part of a sync ended. One-way: a lost report is recovered by the watchdog, which asks the model
    /// again (a model grain reports a finished run again when started for it).
    /// </summary>
    [Alias("model_ended"), OneWay]
    Task ModelSyncEnded(ModelSyncReport report);
}
