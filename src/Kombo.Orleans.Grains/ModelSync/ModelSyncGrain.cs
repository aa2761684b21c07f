using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.Grains.Integrations;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.Storage.Records;
using Microsoft.Extensions.Logging;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>
/// Runs one sync model of one integration as a background loop off the grain scheduler (a pass can take hours at
/// SmartRecruiters' rate limits; reads of its status interleave). The loop's durable state is the step's
/// checkpoint in the record store, so this grain keeps no Orleans state: a new activation resumes the run where
/// the last committed page left it. The loop uses the injected <see cref="IGrainFactory"/>: the activation's own
/// may only be touched on the grain scheduler.
/// </summary>
[GrainType("kombo-model-sync")]
public sealed class ModelSyncGrain(
    IRecordStore store,
    SyncStepCatalog steps,
    IHttpClientFactory httpClients,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ModelSyncGrain> logger)
    : Grain, IModelSyncGrain
{
    private string _integrationId = "";
    private ISyncStep _step = null!;
    private Task _loop = Task.CompletedTask;
    private CancellationTokenSource? _cancel;
    private string? _runningSyncId;
    private volatile StepRunTracker? _tracker;
    private volatile string? _brokenOff;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (integrationId, model) = ModelSyncKeys.Parse(this.GetPrimaryKeyString());
        _integrationId = integrationId;
        _step = steps.Get(model);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // The run stops at its next await; what it committed stays, and the next Start resumes from there.
        _cancel?.Cancel();
        try
        {
            await _loop.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            logger.LogDebug("Model sync {Key} deactivated while its run was stopping", this.GetPrimaryKeyString());
        }
    }

    public async Task Start(ModelSyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_runningSyncId == request.SyncId && !_loop.IsCompleted)
        {
            return;
        }

        // Another sync's run (cancelled or superseded) must stop writing before this one reads the checkpoint.
        _cancel?.Cancel();
        await _loop.ContinueWith(static _ => { }, TaskScheduler.Default);

        var cancel = _cancel = new CancellationTokenSource();
        _runningSyncId = request.SyncId;
        _brokenOff = null;

        // Prepared here, so once Start returns the status shows this run (fresh, resumed, or finished and re-reported).
        var runner = new ModelSyncRunner(store, time, logger);
        var tracker = await runner.PrepareAsync(_integrationId, _step, request, cancel.Token);
        _tracker = tracker;
        _loop = Task.Run(() => RunAsync(runner, tracker, request, cancel.Token));
    }

    public async Task Cancel(string syncId)
    {
        if (_runningSyncId != syncId)
        {
            return;
        }

        _cancel?.Cancel();

        // Returns once the run has stopped writing, so a deleted integration gets no records after its deletion.
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Model sync {Model} of {Integration} did not stop within 20 s of its cancellation", _step.Model, _integrationId);
        }
    }

    public async Task<ModelSyncStatus> GetStatus()
    {
        if (_tracker is { } tracker)
        {
            var status = ModelStatus.From(_step.Model, tracker.Checkpoint.Run, time.GetUtcNow());
            return _brokenOff is { } reason && status.LastError is null ? status with { LastError = reason } : status;
        }

        var stored = await store.GetCheckpointAsync(new RecordScope(_integrationId, _step.Scopes[0]));
        return ModelStatus.From(_step.Model, StepCheckpoint.Parse(stored.Value).Run, time.GetUtcNow());
    }

    private async Task RunAsync(ModelSyncRunner runner, StepRunTracker tracker, ModelSyncRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var metered = new MeteredRequestBudget(new GrainRequestBudget(grains, ApiBudgetKeys.For(request.Connection.BaseUrl, request.Connection.ConnectorCredentials().BudgetKey)));
            tracker.Usage = () => metered.Usage;
            var client = ModelSyncRunner.CreateClient(httpClients, request.Connection, metered, time);
            await runner.RunAsync(tracker, client, cancellationToken);

            var run = tracker.Checkpoint.Run!;
            var report = new ModelSyncReport(_step.Model, ModelStatus.From(_step.Model, run, time.GetUtcNow()), [.. run.ChangedScopes]);
            await grains.GetGrain<IIntegrationSyncCallbacks>(_integrationId).ModelSyncEnded(report);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Model sync {Model} of {Integration} stopped in sync {SyncId}", _step.Model, _integrationId, request.SyncId);
        }
        catch (CheckpointConflictException)
        {
            logger.LogWarning("Model sync {Model} of {Integration}: another activation took over sync {SyncId}; this one stops", _step.Model, _integrationId, request.SyncId);
        }
        catch (Exception e)
        {
            // The store or the cluster failed under the run: the watchdog starts it again from the last checkpoint.
            _brokenOff = $"Broke off, resumes on the next watchdog tick: {e.GetType().Name}: {e.Message}";
            logger.LogError(e, "Model sync {Model} of {Integration} broke off in sync {SyncId}", _step.Model, _integrationId, request.SyncId);
        }
    }
}
