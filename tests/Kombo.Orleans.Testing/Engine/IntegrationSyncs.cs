using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Testing.Engine;

/// <summary>Waiting on an integration's syncs the way every engine and API test does: by grain call, never by sleeping.</summary>
public static class IntegrationSyncs
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Waits until the sync has ended; fails with every model's status when it does not within <paramref name="timeout"/>.</summary>
    public static async Task<SyncSummary> FinishedAsync(IIntegrationGrain integration, string syncId, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTimeOffset.UtcNow + limit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var summary = await integration.WaitForSync(syncId, TimeSpan.FromSeconds(20));
            if (summary is { IsFinished: true })
            {
                return summary;
            }
        }

        var status = await integration.GetSyncStatus();
        throw new TimeoutException($"Sync {syncId} did not finish in {limit}: {string.Join("; ", status.Models.Select(m => $"{m.Model} {m.State} req={m.Usage.Requests} done={m.Done} cp={m.Checkpoint} err={m.LastError}"))}");
    }

    /// <summary>
    /// The first sync of an integration a host connects by itself (the demo), once it has ended. The integration's info
    /// appearing is the only signal there is, so its absence is polled (yielding, not sleeping).
    /// </summary>
    public static async Task<SyncSummary> FirstFinishedAsync(IIntegrationGrain integration, TimeSpan? timeout = null)
    {
        SyncSummary? first = null;
        while (first is null)
        {
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            if (await integration.GetInfo() is not null)
            {
                var status = await integration.GetSyncStatus();
                first = status.Current ?? status.History.FirstOrDefault();
            }

            if (first is null)
            {
                await Task.Yield();
            }
        }

        return await FinishedAsync(integration, first.SyncId, timeout);
    }
}
