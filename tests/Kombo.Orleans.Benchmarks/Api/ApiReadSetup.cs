using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Benchmarks.Engine;
using Npgsql;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// The data <c>api-read</c> reads: one integration's FULL sync, run by the engine in the real host against the
/// simulator (limits off, as in <c>engine-delta-nochange</c>), into the PostgreSQL record store, so every row is one
/// the engine wrote. The integration is connected through <c>POST /v1/integrations</c> and paused once synced, so no
/// scheduled delta runs while the benchmark reads. A marker row records the finished setup, so that <c>--reuse</c>
/// finds it (and never an interrupted one).
/// </summary>
public static class ApiReadSetup
{
    public sealed record Result(string IntegrationId, long Candidates, long Records, TimeSpan Took, bool Reused);

    /// <summary>The setup recorded in the database for <paramref name="candidates"/>, if any.</summary>
    public static async Task<Result?> FindAsync(NpgsqlDataSource dataSource, int candidates)
    {
        await EnsureMarkerTableAsync(dataSource);
        await using var command = dataSource.CreateCommand(
            "SELECT integration_id, listed, records, seconds FROM bench_api_read_setup WHERE requested = @requested");
        command.Parameters.AddWithValue("requested", candidates);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new Result(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), TimeSpan.FromSeconds(reader.GetDouble(3)), Reused: true)
            : null;
    }

    /// <summary>Syncs an account of at least <paramref name="candidates"/> listed candidates and records it.</summary>
    public static async Task<Result> RunAsync(NpgsqlDataSource dataSource, string connectionString, int candidates, int poolSize)
    {
        // About 1 in 50 simulated candidates has no application and is not listed by GET /candidates, so none is synced.
        var options = new SimulatorOptions { Candidates = candidates + candidates / 40, Seed = 42 };
        options.RateLimits.Enabled = false;
        var clock = Stopwatch.StartNew();
        await using var simulator = await InProcessSimulator.StartAsync(options);
        await using var host = await ApiReadHost.StartAsync(connectionString, poolSize, simulator.BaseAddress);
        using var http = Client(host);

        using var created = await http.PostAsJsonAsync("/v1/integrations", new Dictionary<string, object?>
        {
            ["tool"] = "smartrecruiters",
            ["credentials"] = new Dictionary<string, string> { ["api_key"] = simulator.ApiKey },
            ["base_url"] = simulator.BaseAddress.AbsoluteUri,
            ["company_identifier"] = simulator.Accounts.Accounts[0].Identifier,
        });
        var body = await created.Content.ReadAsStringAsync();
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /v1/integrations answered {(int)created.StatusCode}: {body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("id").GetString()!;
        var integration = host.Grains.GetGrain<IIntegrationGrain>(id);
        var first = (await integration.GetSyncStatus()).Current ?? throw new InvalidOperationException("Connecting started no sync.");
        Console.WriteLine($"  setup: FULL sync of {options.Candidates:N0} simulated candidates into PostgreSQL ({id}) ...");
        var full = await EngineHost.WaitAsync(integration, first.SyncId);
        if (full.State != SyncState.Succeeded)
        {
            throw new InvalidOperationException($"The setup FULL sync ended {full.State}: {full.Error}");
        }

        using (var paused = await http.PutAsJsonAsync($"/v1/integrations/{id}/enabled", new { value = false }))
        {
            paused.EnsureSuccessStatusCode();
        }

        var took = clock.Elapsed;
        var listed = await CountAsync(dataSource, id, "AND model = 'candidates' AND remote_deleted_at IS NULL");
        var records = await CountAsync(dataSource, id, "");
        await using (var analyze = dataSource.CreateCommand("ANALYZE kombo_record"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await EnsureMarkerTableAsync(dataSource);
        await using (var mark = dataSource.CreateCommand(
            "INSERT INTO bench_api_read_setup (requested, integration_id, listed, records, seconds) VALUES (@requested, @id, @listed, @records, @seconds)"))
        {
            mark.Parameters.AddWithValue("requested", candidates);
            mark.Parameters.AddWithValue("id", id);
            mark.Parameters.AddWithValue("listed", listed);
            mark.Parameters.AddWithValue("records", records);
            mark.Parameters.AddWithValue("seconds", took.TotalSeconds);
            await mark.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"  setup: {full.Usage.Requests:N0} requests, {records:N0} records ({listed:N0} live candidates) in {took.TotalSeconds:N0} s");
        return new Result(id, listed, records, took, Reused: false);
    }

    public static HttpClient Client(ApiReadHost host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiReadHost.ApiKey);
        return client;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string id, string condition)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM kombo_record WHERE integration_id = @id {condition}");
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task EnsureMarkerTableAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS bench_api_read_setup
            (requested int PRIMARY KEY, integration_id text NOT NULL, listed bigint NOT NULL, records bigint NOT NULL, seconds double precision NOT NULL)
            """);
        await command.ExecuteNonQueryAsync();
    }
}
