using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Steps;

/// <summary>
/// Rejection reasons: one request for the whole list, in a DELTA too (SmartRecruiters has no change filter for
/// them and the list is one small page; unchanged reasons are no-ops in the store). Nothing to resume: a rerun
/// costs the same one request.
/// </summary>
public sealed class RejectionReasonsStep : ISyncStep
{
    public string Model => SyncModels.RejectionReasons;

    public IReadOnlyList<string> Scopes { get; } = [UnifiedModels.RejectionReason];

    public IReadOnlyList<string> Sources { get; } = [];

    public async Task RunAsync(SyncStepContext context, CancellationToken cancellationToken)
    {
        var page = await context.Client.RejectionReasonsAsync(cancellationToken);
        context.Skipped(UnifiedModels.RejectionReason, page.Skipped);
        var batch = context.NewBatch();
        foreach (var reason in page.Records)
        {
            try
            {
                var unified = RejectionReasonMapper.Map(context.Mapping, reason);
                batch.Add(UnifiedModels.RejectionReason, unified.Id, unified.RemoteId, unified);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Fail(UnifiedModels.RejectionReason, reason.Id, $"could not be mapped: {e.Message}");
            }
        }

        context.Progress(page.Records.Count + page.Skipped.Count, page.Records.Count + page.Skipped.Count);
        await context.CommitAsync(batch, StepPosition.Start, cancellationToken);
    }
}
