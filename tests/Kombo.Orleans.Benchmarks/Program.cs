using Kombo.Orleans.Benchmarks;
using Kombo.Orleans.Benchmarks.Api;
using Kombo.Orleans.Benchmarks.Engine;

// dotnet run -c Release --project tests/Kombo.Orleans.Benchmarks -- <benchmark> [options]
return args switch
{
    ["simulator-throughput", .. var rest] => await SimulatorThroughput.RunAsync(BenchmarkArgs.Parse(rest)),
    ["simulator-memory", .. var rest] => await SimulatorMemory.RunAsync(BenchmarkArgs.Parse(rest)),
    ["simulator-generation", .. var rest] => await SimulatorGeneration.RunAsync(BenchmarkArgs.Parse(rest)),
    ["connector-budget", .. var rest] => await ConnectorBudget.RunAsync(BenchmarkArgs.Parse(rest)),
    ["connector-mapping", .. var rest] => await ConnectorMapping.RunAsync(BenchmarkArgs.Parse(rest)),
    ["record-store-ingest", .. var rest] => await RecordStoreIngest.RunAsync(BenchmarkArgs.Parse(rest)),
    ["engine-full-sync", .. var rest] => await EngineFullSync.RunAsync(BenchmarkArgs.Parse(rest)),
    ["engine-delta-nochange", .. var rest] => await EngineDeltaNoChange.RunAsync(BenchmarkArgs.Parse(rest)),
    ["engine-integrations", .. var rest] => await EngineIntegrations.RunAsync(BenchmarkArgs.Parse(rest)),
    ["api-read", .. var rest] => await ApiRead.RunAsync(BenchmarkArgs.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project tests/Kombo.Orleans.Benchmarks -- <benchmark> [--name value ...]
          simulator-throughput  [--seconds 10] [--concurrency 2] [--accounts 1] [--candidates 100000] [--limit 100]
          simulator-memory      [--candidates 1000000]
          simulator-generation  [--candidates 50000]
          connector-budget      [--candidates 300] [--latency-ms 300]
          connector-mapping     [--candidates 2000] [--seconds 5]
          record-store-ingest   [--records 100000] [--page 1000] [--runs 3]   (KOMBO_BENCH_POSTGRES, else a throwaway server)
          engine-full-sync      [--candidates 200] [--latency-ms 300]
          engine-delta-nochange [--candidates N]   (default: 1,000 then 100,000)
          engine-integrations   [--integrations 1000] [--candidates 5] [--minutes 3]
          api-read              [--candidates 100000] [--clients 32] [--seconds 30] [--warmup 10] [--reuse]   (KOMBO_BENCH_POSTGRES, else a server of its own)
        """);
    return 2;
}
