namespace Kombo.Orleans.Tests.Apis;

using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Engine;
using global::SmartRecruiters.Simulator.Hosting;
using global::SmartRecruiters.Simulator.Options;

/// <summary>
/// Reads through the REST API against an account that changes between and during reads: what an incremental
/// consumer of Kombo's API relies on (nothing missed with <c>updated_after</c>, cursors that survive syncs).
/// </summary>
public sealed class AtsReadsWhileSyncingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Updated_after_from_the_time_a_read_started_returns_every_change_of_the_next_sync_and_nothing_else()
    {
        await using var account = await ConnectedAccount.StartAsync();
        var before = await account.WalkAsync("/v1/ats/candidates?page_size=50");
        var readStarted = DateTimeOffset.UtcNow;
        var renamed = before.Keys.Order(StringComparer.Ordinal).Take(3).ToList();
        foreach (var id in renamed)
        {
            await account.RenameAsync(before[id].GetProperty("remote_id").GetString()!, "Changed");
        }

        await account.SyncAsync(SyncKind.Delta);
        var changed = await account.WalkAsync($"/v1/ats/candidates?page_size=50&updated_after={Uri.EscapeDataString(readStarted.ToString("O"))}");

        Assert.Equal(renamed.Order(StringComparer.Ordinal), changed.Keys.Order(StringComparer.Ordinal));
        Assert.All(changed.Values, c => Assert.Equal("Changed", c.GetProperty("first_name").GetString()));
        Assert.All(changed.Values, c => Assert.True(DateTimeOffset.Parse(c.GetProperty("changed_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > readStarted));
    }

    [Fact]
    public async Task A_cursor_walk_interrupted_by_a_sync_misses_no_record_and_repeats_only_records_the_sync_changed()
    {
        await using var account = await ConnectedAccount.StartAsync();
        var everyone = await account.WalkAsync("/v1/ats/candidates?page_size=50");

        // Read one page, let a sync change records on both sides of the cursor, then read on.
        var seen = new List<string>();
        var first = await account.PageAsync("/v1/ats/candidates?page_size=10");
        seen.AddRange(first.Results.Select(r => r.GetProperty("id").GetString()!));
        var alreadyRead = first.Results[0].GetProperty("remote_id").GetString()!;
        var notYetRead = everyone.Values.Select(c => c.GetProperty("remote_id").GetString()!).First(r => first.Results.All(f => f.GetProperty("remote_id").GetString() != r));
        await account.RenameAsync(alreadyRead, "Moved");
        await account.RenameAsync(notYetRead, "Moved");
        await account.SyncAsync(SyncKind.Delta);
        var next = first.Next;
        while (next is not null)
        {
            var page = await account.PageAsync($"/v1/ats/candidates?page_size=10&cursor={Uri.EscapeDataString(next)}");
            seen.AddRange(page.Results.Select(r => r.GetProperty("id").GetString()!));
            next = page.Next;
        }

        Assert.Empty(everyone.Keys.Except(seen, StringComparer.Ordinal));
        var repeated = seen.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => everyone[g.Key].GetProperty("remote_id").GetString()).ToList();
        Assert.Equal([alreadyRead], repeated);
    }

    [Fact]
    public async Task A_candidate_deleted_in_SmartRecruiters_is_listed_only_with_include_deleted_after_the_next_full_sync()
    {
        await using var account = await ConnectedAccount.StartAsync();
        var before = await account.WalkAsync("/v1/ats/candidates?page_size=50");
        var gone = before.Values.First();
        await account.DeleteAsync(gone.GetProperty("remote_id").GetString()!);

        await account.SyncAsync(SyncKind.Full);

        var live = await account.WalkAsync("/v1/ats/candidates?page_size=50");
        var withDeleted = await account.WalkAsync("/v1/ats/candidates?page_size=50&include_deleted=true");
        var id = gone.GetProperty("id").GetString()!;
        Assert.DoesNotContain(id, live.Keys);
        Assert.Equal(before.Count - 1, live.Count);
        Assert.Equal(JsonValueKind.String, withDeleted[id].GetProperty("remote_deleted_at").ValueKind);
        Assert.Equal(before.Count, withDeleted.Count);
    }

    [Fact]
    public async Task Reads_answer_while_a_sync_of_the_same_integration_is_running()
    {
        await using var host = await ApiHost.StartAsync(cancellationToken: Ct);
        await using var upstream = new SilentUpstream();
        var id = await host.CreateIntegrationAsync(host.Client(), upstream.BaseUrl);
        var status = await host.Grains.GetGrain<IIntegrationGrain>(id).GetSyncStatus();

        // The first sync waits on an upstream that never answers; reads go to the record store, not to the sync.
        var page = await ApiAssert.SuccessAsync(await host.Client(integrationId: id).GetAsync("/v1/ats/candidates", Ct));

        Assert.Equal(SyncState.Running, status.Current?.State);
        Assert.Equal(0, page.GetProperty("results").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(SyncState.Running, (await host.Grains.GetGrain<IIntegrationGrain>(id).GetSyncStatus()).Current?.State);
    }

    /// <summary>The embedded host with a simulator of its own, connected through the API; the first sync has finished.</summary>
    private sealed class ConnectedAccount : IAsyncDisposable
    {
        private ConnectedAccount(ApiHost host, InProcessSimulator simulator, string integrationId, HttpClient api, HttpClient control)
        {
            Host = host;
            Simulator = simulator;
            IntegrationId = integrationId;
            Api = api;
            Control = control;
        }

        public ApiHost Host { get; }

        public InProcessSimulator Simulator { get; }

        public string IntegrationId { get; }

        public HttpClient Api { get; }

        public HttpClient Control { get; }

        public static async Task<ConnectedAccount> StartAsync()
        {
            var simulator = await InProcessSimulator.StartAsync(new SimulatorOptions { Candidates = 40, Seed = 3 }, cancellationToken: Ct);
            var host = await ApiHost.StartAsync(cancellationToken: Ct);
            var integrationId = await host.CreateIntegrationAsync(host.Client(), simulator.BaseAddress, apiKey: simulator.ApiKey);
            var account = new ConnectedAccount(host, simulator, integrationId, host.Client(integrationId: integrationId), new HttpClient { BaseAddress = simulator.BaseAddress });
            var first = (await account.Integration.GetSyncStatus()).Current ?? throw new InvalidOperationException("Connecting started no sync.");
            await account.WaitAsync(first.SyncId);
            return account;
        }

        private IIntegrationGrain Integration => Host.Grains.GetGrain<IIntegrationGrain>(IntegrationId);

        private string AccountId => Simulator.Accounts.Accounts[0].Identifier;

        public async Task SyncAsync(SyncKind kind)
        {
            using var response = await Api.PostAsJsonAsync("/v1/force-sync", new { type = kind == SyncKind.Full ? "FULL" : "DELTA" }, Ct);
            var data = await ApiAssert.SuccessAsync(response);
            Assert.False(data.GetProperty("already_queued").GetBoolean());
            await WaitAsync(data.GetProperty("sync_id").GetString()!);
        }

        public async Task RenameAsync(string remoteId, string firstName) =>
            (await Control.PatchAsJsonAsync($"/_sim/accounts/{AccountId}/candidates/{remoteId}", new { firstName }, Ct)).EnsureSuccessStatusCode();

        public async Task DeleteAsync(string remoteId) =>
            (await Control.DeleteAsync($"/_sim/accounts/{AccountId}/candidates/{remoteId}", Ct)).EnsureSuccessStatusCode();

        public async Task<(IReadOnlyList<JsonElement> Results, string? Next)> PageAsync(string path)
        {
            var data = await ApiAssert.SuccessAsync(await Api.GetAsync(path, Ct));
            return ([.. data.GetProperty("results").EnumerateArray()], data.GetProperty("next").GetString());
        }

        /// <summary>Every record a cursor walk returns, by id (a walk on a quiet account returns each once).</summary>
        public async Task<Dictionary<string, JsonElement>> WalkAsync(string path)
        {
            var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            string? next = null;
            do
            {
                var page = await PageAsync(next is null ? path : $"{path}&cursor={Uri.EscapeDataString(next)}");
                foreach (var record in page.Results)
                {
                    Assert.True(records.TryAdd(record.GetProperty("id").GetString()!, record), "a quiet walk returned a record twice");
                }

                next = page.Next;
            }
            while (next is not null);

            return records;
        }

        private async Task WaitAsync(string syncId)
        {
            var summary = await IntegrationSyncs.FinishedAsync(Integration, syncId);
            Assert.True(summary is { State: SyncState.Succeeded }, $"sync {syncId}: {summary.State} {summary.Error}");
        }

        public async ValueTask DisposeAsync()
        {
            Control.Dispose();
            await Host.DisposeAsync();
            await Simulator.DisposeAsync();
        }
    }
}
