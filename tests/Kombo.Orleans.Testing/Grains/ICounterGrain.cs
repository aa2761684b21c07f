namespace Kombo.Orleans.Testing.Grains;

/// <summary>A probe grain whose count is persisted in the silo's grain storage.</summary>
[Alias("kombo.test.counter")]
public interface ICounterGrain : IGrainWithStringKey
{
    [Alias("increment")]
    Task<int> IncrementAsync();

    [Alias("get")]
    Task<int> GetAsync();

    /// <summary>The address of the silo hosting this activation.</summary>
    [Alias("where")]
    Task<string> WhereAmIAsync();
}
