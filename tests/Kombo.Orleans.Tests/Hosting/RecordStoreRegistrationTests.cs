using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.InMemory;
using Kombo.Orleans.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Orleans.Tests.Hosting;

public sealed class RecordStoreRegistrationTests
{
    [Fact]
    public async Task The_embedded_host_keeps_records_in_one_in_memory_store()
    {
        await using var silo = await RunningSilo.StartAsync(new SiloSettings(), TestContext.Current.CancellationToken);

        var store = silo.Services.GetRequiredService<IRecordStore>();

        Assert.IsType<InMemoryRecordStore>(store);
        Assert.Same(store, silo.Services.GetRequiredService<IRecordStore>());
    }
}
