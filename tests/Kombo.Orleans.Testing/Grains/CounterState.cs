namespace Kombo.Orleans.Testing.Grains;

[GenerateSerializer, Alias("kombo.test.counter-state")]
public sealed class CounterState
{
    [Id(0)]
    public int Count { get; set; }
}
