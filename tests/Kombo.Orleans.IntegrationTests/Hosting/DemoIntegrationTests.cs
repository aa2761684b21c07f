namespace Kombo.Orleans.IntegrationTests.Hosting;

using Kombo.Orleans.Testing.Engine;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.IntegrationTests.Engine;
using Kombo.Orleans.SmartRecruiters.Mapping;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The embedded default (no PostgreSQL) as a new user starts it: its demo integration syncs the embedded simulator.</summary>
public sealed class DemoIntegrationTests
{
    private const string DemoId = "smartrecruiters:demo";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_embedded_default_connects_its_demo_integration_on_start_and_the_first_full_sync_stores_records()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings { DemoIntegration = true }, TestContext.Current.CancellationToken);
        var integration = silo.Grains.GetGrain<IIntegrationGrain>(DemoId);

        // The demo is connected by a hosted service once the host has started, which signals nothing a test can wait on:
        // poll for the integration (yielding), with a deadline.
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        IntegrationInfo? info;
        while ((info = await integration.GetInfo()) is null && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Yield();
        }

        Assert.NotNull(info);
        Assert.Equal(IntegrationStatus.Active, info.Status);
        Assert.Equal(Kombo.Orleans.Abstractions.Tenants.TenantIds.Bootstrap, info.TenantId);
        var status = await integration.GetSyncStatus();
        var first = Assert.Single(status.History.Concat(status.Current is { } current && status.History.All(h => h.SyncId != current.SyncId) ? [current] : []));
        Assert.Equal(SyncKind.Full, first.Kind);

        var sync = await IntegrationSyncs.FinishedAsync(integration, first.SyncId, Timeout);

        Assert.Equal(SyncState.Succeeded, sync.State);
        Assert.True(sync.Counts.Added > 0, "the first sync added records");
        var store = silo.Services.GetRequiredService<IRecordStore>();
        var candidates = await AccountTruth.RecordsAsync(store, DemoId, UnifiedModels.Candidate);
        Assert.InRange(candidates.Count, 1, 50); // the embedded simulator has 50 candidates, those without an application unlisted
        Assert.NotEmpty(await AccountTruth.RecordsAsync(store, DemoId, UnifiedModels.Application));
        Assert.NotEmpty(await AccountTruth.RecordsAsync(store, DemoId, UnifiedModels.Job));
        Assert.NotEmpty(await AccountTruth.RecordsAsync(store, DemoId, UnifiedModels.User));
        var after = await integration.GetSyncStatus();
        Assert.Equal(SetupStatus.Completed, after.SetupStatus);
        Assert.All(after.Models, m => Assert.Equal(SyncState.Succeeded, m.State));
    }
}
