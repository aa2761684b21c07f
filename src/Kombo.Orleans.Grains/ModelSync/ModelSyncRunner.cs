using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using Microsoft.Extensions.Logging;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>
/// Runs one step's part of one sync, the same way in a grain and in a test: reads the step's checkpoint, resumes
/// an interrupted run of the same sync or starts a fresh one, runs the step, marks deletions after a FULL pass
/// without failures, and writes the outcome into the checkpoint.
/// </summary>
public sealed class ModelSyncRunner(IRecordStore store, TimeProvider time, ILogger logger)
{
    /// <summary>How far a DELTA reaches back before the last successful pass's start (clock skew, inclusive/exclusive edges).</summary>
    public static readonly TimeSpan DeltaOverlap = TimeSpan.FromMinutes(2);

    /// <summary>Reads the step's checkpoint and prepares the run of <paramref name="request"/> (fresh or resumed).</summary>
    public async Task<StepRunTracker> PrepareAsync(
        string integrationId, ISyncStep step, ModelSyncRequest request, CancellationToken cancellationToken)
    {
        var stored = await store.GetCheckpointAsync(new RecordScope(integrationId, step.Scopes[0]), cancellationToken);
        var checkpoint = StepCheckpoint.Parse(stored.Value);
        // The same sync again: a finished run is only reported again (its report may have been lost); an open one resumes.
        var run = checkpoint.Run is { } last && last.SyncId == request.SyncId
            ? last.IsFinished ? last : last with { Resumes = last.Resumes + 1 }
            : new StepRunState { SyncId = request.SyncId, Kind = request.Kind, Pass = request.Pass, StartedAt = time.GetUtcNow() };

        // A DELTA needs a window; without a successful pass before, it reads everything (and never deletes).
        var updatedAfter = run.Kind == SyncKind.Delta ? checkpoint.DeltaSince - DeltaOverlap : null;
        return new StepRunTracker(
            store, time, integrationId, step, checkpoint, stored.Version, run, new ScopeFilter(request.Scope),
            request.Connection.CompanyIdentifier, updatedAfter, new HashSet<string>(request.ChangedScopes, StringComparer.Ordinal));
    }

    /// <summary>Runs a prepared step to its outcome; the outcome is in the tracker's checkpoint afterwards.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: nothing more is written (the run resumes when started again).</exception>
    /// <exception cref="CheckpointConflictException">Another activation owns the step now: this one stops writing.</exception>
    public async Task<SyncState> RunAsync(StepRunTracker run, SmartRecruitersClient client, CancellationToken cancellationToken)
    {
        var step = run.Step;
        if (run.Snapshot.IsFinished)
        {
            return run.Snapshot.State;
        }

        var context = new SyncStepContext(run, client, new MappingContext(run.IntegrationId, time.GetUtcNow()), store);
        SyncState outcome;
        string? error = null;
        try
        {
            if (!run.Filter.AnyEnabled(step.Scopes))
            {
                logger.LogDebug("{Model} of {Integration}: every scope disabled, nothing fetched", step.Model, run.IntegrationId);
            }
            else if (run.Kind == SyncKind.Delta && step.Sources.Count > 0 && !step.Sources.Any(run.ChangedScopesBefore.Contains))
            {
                logger.LogDebug("{Model} of {Integration}: no source changed, nothing to derive", step.Model, run.IntegrationId);
            }
            else
            {
                await step.RunAsync(context, cancellationToken);
                if (run.Kind == SyncKind.Full && !run.HasFailures)
                {
                    await run.MarkDeletionsAsync(cancellationToken);
                }
            }

            outcome = run.HasFailures ? SyncState.PartiallyFailed : SyncState.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (CheckpointConflictException)
        {
            throw;
        }
        catch (SmartRecruitersCredentialsInvalidException e)
        {
            outcome = SyncState.AuthenticationFailed;
            error = e.Message;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Model} of {Integration} failed in sync {SyncId}", step.Model, run.IntegrationId, run.SyncId);
            outcome = SyncState.Failed;
            error = e is SmartRecruitersException or HttpRequestException or TimeoutException ? e.Message : $"{e.GetType().Name}: {e.Message}";
        }

        await run.FinishAsync(outcome, error, cancellationToken);
        return outcome;
    }

    /// <summary>A client whose every request is counted (requests, 429s, time waiting) into <paramref name="meter"/>.</summary>
    public static SmartRecruitersClient CreateClient(
        IHttpClientFactory httpClients, SyncConnection connection, IRequestBudget budget, TimeProvider time)
    {
        var factory = new SmartRecruitersClientFactory(httpClients, _ => budget, time);
        return factory.Create(new SmartRecruitersConnection(connection.BaseUrl, connection.ConnectorCredentials()));
    }
}
