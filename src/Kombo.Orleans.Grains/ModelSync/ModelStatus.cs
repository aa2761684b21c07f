using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>A step run as callers see it (<see cref="ModelSyncStatus"/>), with an ETA from the pace so far.</summary>
public static class ModelStatus
{
    public static ModelSyncStatus From(string model, StepRunState? run, DateTimeOffset now)
    {
        if (run is null)
        {
            return new ModelSyncStatus(model, SyncState.Queued, SyncKind.Full, null, null, null, SyncCounts.Zero, RequestUsage.Zero, 0, null, null, null, null, []);
        }

        TimeSpan? eta = null;
        if (!run.IsFinished && run.Total is > 0 and var total && run.Done > 0 && run.Done < total)
        {
            var elapsed = now - run.StartedAt;
            eta = elapsed * ((double)(total - run.Done) / run.Done);
        }

        var checkpoint = run.Phase is null && run.Cursor is null ? null : $"{run.Phase ?? "list"}:{run.Cursor ?? "start"}";
        return new ModelSyncStatus(
            model, run.State, run.Kind, run.SyncId, run.StartedAt, run.EndedAt,
            new SyncCounts(run.Added, run.Updated, run.Deleted, run.Failed, run.Unchanged),
            new RequestUsage(run.Requests, run.RateLimited, TimeSpan.FromSeconds(run.BudgetWaitSeconds)),
            run.Done, run.Total, eta, checkpoint, run.Error, [.. run.FailedRecords]);
    }
}
