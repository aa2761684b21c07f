namespace Kombo.Orleans.Grains;

/// <summary>The grain storage provider the engine's grains keep their small state in (every silo registers it).</summary>
public static class GrainStorage
{
    public const string Name = "kombo";
}
