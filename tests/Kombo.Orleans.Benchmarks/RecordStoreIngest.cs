using System.Diagnostics;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// Record store ingest on PostgreSQL: unified candidates committed page by page with their checkpoint, as a
/// model sync grain does, by one writer; then the same pages again in a new pass (all unchanged); then, for
/// scale, a raw binary COPY of the same rows into a table of the same columns without keys or indexes.
/// Each is repeated (a fresh integration, a fresh table) and the median reported, as the machine is shared.
/// </summary>
public static class RecordStoreIngest
{
    private const string Model = "candidates";

    public static async Task<int> RunAsync(BenchmarkArgs args)
    {
        var count = args.Int("records", 100_000);
        var pageSize = args.Int("page", 1_000);
        var runs = args.Int("runs", 3);
        var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var pages = Enumerable.Range(0, (count + pageSize - 1) / pageSize)
            .Select(p => Enumerable.Range(p * pageSize, Math.Min(pageSize, count - p * pageSize))
                .Select(i => new RecordWrite(CandidatePayloads.Id(i), CandidatePayloads.RemoteId(i), CandidatePayloads.Create(i, asOf)))
                .ToArray())
            .ToArray();
        var averageBytes = pages.SelectMany(p => p).Average(r => r.Payload.Length);

        await using var postgres = await BenchmarkPostgres.StartAsync();
        var store = new PostgresRecordStore(postgres.DataSource);
        await WarmUpAsync(store, pages);

        var first = new List<double>();
        var again = new List<double>();
        var copy = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var scope = new RecordScope($"smartrecruiters:benchmark-{run}", Model);
            var (elapsed, version) = await CommitAllAsync(store, scope, pages, pass: 1, startVersion: 0, asOf);
            first.Add(count / elapsed.TotalSeconds);
            (elapsed, _) = await CommitAllAsync(store, scope, pages, pass: 2, startVersion: version, asOf.AddHours(1));
            again.Add(count / elapsed.TotalSeconds);
            copy.Add(count / (await CopyAllAsync(postgres.DataSource, $"bench_copy_{run}", scope, pages, asOf)).TotalSeconds);

            var counts = await store.CountAsync(scope);
            if (counts.Live != count)
            {
                Console.Error.WriteLine($"run {run}: expected {count} live records, found {counts.Live}");
                return 1;
            }
        }

        var (firstRate, againRate, copyRate) = (Median(first), Median(again), Median(copy));
        Console.WriteLine($"record-store-ingest: {count:N0} candidates (~{averageBytes:N0} B JSON), pages of {pageSize}, one writer, median of {runs} runs");
        Console.WriteLine($"  server                      {postgres.Source}");
        Console.WriteLine($"  first ingest (all added)    {firstRate,10:N0} records/s   runs: {Runs(first)}");
        Console.WriteLine($"  second pass (all unchanged) {againRate,10:N0} records/s   runs: {Runs(again)}");
        Console.WriteLine($"  raw binary COPY             {copyRate,10:N0} records/s   runs: {Runs(copy)}");
        Console.WriteLine($"  store / COPY                {firstRate / copyRate,10:P0}");
        return firstRate >= 20_000 ? 0 : 1;
    }

    private static async Task<(TimeSpan Elapsed, long Version)> CommitAllAsync(
        PostgresRecordStore store, RecordScope scope, RecordWrite[][] pages, long pass, long startVersion, DateTimeOffset at)
    {
        var version = startVersion;
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var result = await store.CommitAsync(new RecordCommit(scope, page, at, pass, new CheckpointUpdate(version, $"cursor after {page[^1].Id}")));
            version = result.CheckpointVersion;
        }

        return (clock.Elapsed, version);
    }

    // JIT, tiering, the connection pool and the server's caches warm on a scope of their own, removed after.
    private static async Task WarmUpAsync(PostgresRecordStore store, RecordWrite[][] pages)
    {
        var warmUp = new RecordScope("smartrecruiters:warm-up", Model);
        for (var pass = 1; pass <= 3; pass++)
        {
            foreach (var page in pages.Take(10))
            {
                await store.CommitAsync(new RecordCommit(warmUp, page, DateTimeOffset.UtcNow, pass));
            }
        }

        await store.DeleteIntegrationAsync(warmUp.IntegrationId);
    }

    private static async Task<TimeSpan> CopyAllAsync(NpgsqlDataSource dataSource, string table, RecordScope scope, RecordWrite[][] pages, DateTimeOffset at)
    {
        await using (var create = dataSource.CreateCommand($"CREATE TABLE {table} (LIKE kombo_record)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var page in pages)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var importer = await connection.BeginBinaryImportAsync(
                $"COPY {table} (integration_id, model, id, remote_id, payload, content_hash, payload_hash, changed_at, updated_at, pass) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var record in page)
                {
                    var payload = NormalizedPayload.From(record.Payload, record.Id);
                    await importer.StartRowAsync();
                    await importer.WriteAsync(scope.IntegrationId, NpgsqlDbType.Text);
                    await importer.WriteAsync(scope.Model, NpgsqlDbType.Text);
                    await importer.WriteAsync(record.Id, NpgsqlDbType.Text);
                    await importer.WriteAsync(record.RemoteId, NpgsqlDbType.Text);
                    await importer.WriteAsync(payload.Json, NpgsqlDbType.Jsonb);
                    await importer.WriteAsync(payload.ContentHash, NpgsqlDbType.Bytea);
                    await importer.WriteAsync(payload.PayloadHash, NpgsqlDbType.Bytea);
                    await importer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await importer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
                }

                await importer.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return clock.Elapsed;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Runs(List<double> values) => string.Join(", ", values.Select(v => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
}
