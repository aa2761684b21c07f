namespace Kombo.Orleans.Tests.Client;

using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Client;
using Kombo.Orleans.Testing.Silos;

/// <summary>A .NET service outside the cluster reads through <see cref="KomboClient"/> over an Orleans gateway, as the README shows.</summary>
public sealed class KomboClientTests
{
    private const string Demo = "smartrecruiters:demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_external_caller_pages_the_demo_candidates_and_reads_sync_status_through_the_typed_client()
    {
        var settings = new SiloSettings { DemoIntegration = true };
        await using var silo = await RunningSilo.StartAsync(settings, Ct);
        await using var gateway = await GatewayClient.ConnectAsync(settings, Ct);
        var kombo = new KomboClient(gateway.Client);
        var sync = await FirstSyncAsync(kombo);

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await kombo.ListAsync(new AtsListQuery(Demo, AtsEndpoint.Candidates, cursor, PageSize: 40));
            using var results = JsonDocument.Parse(page.ResultsJson);
            Assert.Equal(page.Count, results.RootElement.GetArrayLength());
            ids.AddRange(results.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            cursor = page.Next;
        }
        while (cursor is not null);

        var status = await kombo.GetSyncStatusAsync(Demo);
        Assert.Equal(SyncState.Succeeded, sync.State);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(status.Models.Single(m => m.Model == "candidates").Done, ids.Count);
        var one = await kombo.GetAsync(Demo, AtsEndpoint.Candidates, ids[0]);
        Assert.Equal(ids[0], JsonDocument.Parse(one!).RootElement.GetProperty("id").GetString());
        Assert.Null(await kombo.GetAsync(Demo, AtsEndpoint.Candidates, "no-such-id"));
    }

    private static async Task<SyncSummary> FirstSyncAsync(KomboClient kombo)
    {
        // The demo service connects once the host has started; polling its info is the only signal there is.
        SyncSummary? first = null;
        while (first is null)
        {
            Ct.ThrowIfCancellationRequested();
            if (await kombo.GetIntegrationAsync(Demo) is not null)
            {
                var status = await kombo.GetSyncStatusAsync(Demo);
                first = status.Current ?? status.History.FirstOrDefault();
            }
        }

        var summary = await kombo.WaitForSyncAsync(Demo, first.SyncId, TimeSpan.FromSeconds(25));
        while (summary is { IsFinished: false })
        {
            summary = await kombo.WaitForSyncAsync(Demo, first.SyncId, TimeSpan.FromSeconds(25));
        }

        return summary!;
    }
}
