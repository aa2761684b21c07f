using Kombo.Orleans.Silo.Hosting;
using Orleans.Runtime;

namespace Kombo.Orleans.Testing.Grains;

[GrainType("kombo-test-counter")]
public sealed class CounterGrain(
    [PersistentState("kombo-test-counter", GrainStorageNames.State)] IPersistentState<CounterState> counter,
    ILocalSiloDetails silo)
    : Grain, ICounterGrain
{
    async Task<int> ICounterGrain.IncrementAsync()
    {
        counter.State.Count++;
        await counter.WriteStateAsync();
        return counter.State.Count;
    }

    Task<int> ICounterGrain.GetAsync() => Task.FromResult(counter.State.Count);

    Task<string> ICounterGrain.WhereAmIAsync() => Task.FromResult(silo.SiloAddress.ToString());
}
