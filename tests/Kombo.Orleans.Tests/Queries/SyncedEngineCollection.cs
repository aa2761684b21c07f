namespace Kombo.Orleans.Tests.Queries;

/// <summary>The query test classes that only read share one synced engine.</summary>
[CollectionDefinition(Name)]
public sealed class SyncedEngineCollection : ICollectionFixture<SyncedEngine>
{
    public const string Name = "synced engine";
}
