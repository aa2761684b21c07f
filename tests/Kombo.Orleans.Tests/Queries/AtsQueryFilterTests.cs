namespace Kombo.Orleans.Tests.Queries;

/// <summary>The filter contract through the query grain.</summary>
[Collection(SyncedEngineCollection.Name)]
public sealed class AtsQueryFilterTests(SyncedEngine fixture) : AtsFilterContract(fixture);
