using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// Reads of <c>GET /v1/ats/candidates</c> (100 candidates a page, applications and tags embedded) through the real
/// host on PostgreSQL by concurrent clients walking the list by cursor, and, in the same run, the raw SQL for the same
/// pages by as many connections: p50/p99/max latency and pages/s of each, and their ratio.
/// </summary>
public static class ApiRead
{
    private const string Database = "kombo_bench_api_read";
    private const int PageSize = 100;

    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var candidates = args.Int("candidates", 100_000);
        var clients = args.Int("clients", 32);
        var window = TimeSpan.FromSeconds(args.Int("seconds", 30));
        var warmUp = TimeSpan.FromSeconds(args.Int("warmup", 10));
        var reuse = args.Flag("reuse");
        var poolSize = clients + 8;

        await using var postgres = await ApiReadPostgres.StartAsync(Database, fresh: !reuse);
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { MaxPoolSize = clients + 4 }.ConnectionString);
        var setup = (reuse ? await ApiReadSetup.FindAsync(dataSource, candidates) : null)
            ?? await ApiReadSetup.RunAsync(dataSource, postgres.ConnectionString, candidates, poolSize);

        await using var host = await ApiReadHost.StartAsync(postgres.ConnectionString, poolSize, allowedBaseUrl: null);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiReadHost.ApiKey);
        var (pageBytes, embedded) = await CheckFirstPageAsync(http, setup.IntegrationId);

        var connections = new NpgsqlConnection[clients];
        for (var i = 0; i < clients; i++)
        {
            connections[i] = await dataSource.OpenConnectionAsync();
        }

        var check = new RawSqlCandidatePages(connections[0], setup.IntegrationId, PageSize);
        await check.ReadAsync();
        Console.WriteLine($"  raw SQL first page: {check.LastRows.Candidates} candidates, {check.LastRows.Applications} applications, {check.LastRows.Tags} tags");

        Console.WriteLine($"  measuring raw SQL: {clients} connections, {warmUp.TotalSeconds:N0} s warm-up, {window.TotalSeconds:N0} s ...");
        var raw = await MeasuredWindow.RunAsync(clients, warmUp, window, client =>
        {
            var pages = new RawSqlCandidatePages(connections[client], setup.IntegrationId, PageSize);
            return pages.ReadAsync;
        });
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        Console.WriteLine($"  measuring the API: {clients} clients, {warmUp.TotalSeconds:N0} s warm-up, {window.TotalSeconds:N0} s ...");
        var api = await MeasuredWindow.RunAsync(clients, warmUp, window, client =>
        {
            var pages = new ApiCandidatePages(http, setup.IntegrationId, PageSize);
            return pages.ReadAsync;
        });

        var setupText = setup.Reused
            ? $"reused (the FULL sync that made it took {setup.Took.TotalSeconds:N0} s)"
            : $"FULL sync through the engine in {setup.Took.TotalSeconds:N0} s";
        Console.WriteLine();
        Console.WriteLine($"api-read: {setup.Candidates:N0} live candidates ({setup.Records:N0} records) of one integration, pages of {PageSize}, {clients} clients, {window.TotalSeconds:N0} s after {warmUp.TotalSeconds:N0} s warm-up");
        Console.WriteLine($"  server      {postgres.Source}");
        Console.WriteLine($"  setup       {setupText}");
        Console.WriteLine($"  API page    {pageBytes / 1024.0:N0} KB ({embedded})");
        Console.WriteLine();
        Console.WriteLine($"  {"",-8} {"pages/s",10} {"p50 ms",9} {"p99 ms",9} {"max ms",9} {"pages",8} {"errors",7}");
        Print("API", api);
        Print("raw SQL", raw);
        Console.WriteLine($"  {"API/raw",-8} {raw.PagesPerSecond / api.PagesPerSecond,9:N2}x {api.P50 / raw.P50,8:N2}x {api.P99 / raw.P99,8:N2}x   (throughput as raw/API; latency as API/raw)");
        var p99Met = api.P99 <= 50;
        var ratioMet = api.P99 <= 2 * raw.P99 && api.P50 <= 2 * raw.P50 && api.PagesPerSecond * 2 >= raw.PagesPerSecond;
        Console.WriteLine($"  targets: p99 <= 50 ms {(p99Met ? "met" : "NOT met")}; within 2x of raw SQL (p50, p99, pages/s) {(ratioMet ? "met" : "NOT met")}");
        return p99Met && ratioMet && api.Errors == 0 && raw.Errors == 0 ? 0 : 1;
    }

    private static void Print(string name, LatencySummary s) => Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"  {name,-8} {s.PagesPerSecond,10:N1} {s.P50,9:N1} {s.P99,9:N1} {s.Max,9:N1} {s.Count,8:N0} {s.Errors,7:N0}"));

    // Fails loudly unless a page is what the benchmark claims to read: a full page of candidates, embeds included.
    private static async Task<(int Bytes, string Embedded)> CheckFirstPageAsync(HttpClient http, string integrationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/ats/candidates?page_size={PageSize}");
        request.Headers.Add("X-Integration-Id", integrationId);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET /v1/ats/candidates answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        var results = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("results");
        var applications = results.EnumerateArray().Sum(c => c.GetProperty("applications").GetArrayLength());
        var tags = results.EnumerateArray().Sum(c => c.GetProperty("tags").GetArrayLength());
        if (results.GetArrayLength() != PageSize || applications == 0)
        {
            throw new InvalidOperationException($"The first page holds {results.GetArrayLength()} candidates and {applications} applications.");
        }

        return (body.Length, $"{results.GetArrayLength()} candidates, {applications} applications, {tags} tags");
    }
}
