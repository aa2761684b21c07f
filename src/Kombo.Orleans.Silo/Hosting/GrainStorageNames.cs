namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Names of the grain storage providers every silo registers.</summary>
public static class GrainStorageNames
{
    /// <summary>
    /// Small grain state (configuration, checkpoints). In-memory in the embedded default,
    /// the <c>orleans_grain_state</c> table with PostgreSQL. Grains name it explicitly:
    /// <c>[PersistentState("integration", GrainStorageNames.State)]</c>.
    /// </summary>
    public const string State = Kombo.Orleans.Grains.GrainStorage.Name;
}
