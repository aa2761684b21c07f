using Orleans.Concurrency;

namespace Kombo.Orleans.Abstractions.Queries;

/// <summary>
/// Reads unified records for the API and the typed client: a stateless worker (key 0), so reads run on the silo
/// that receives them, many at once, and never wait behind a sync (they read the record store, not sync grains).
/// </summary>
[Alias("kombo.query.ats")]
public interface IAtsQueryGrain : IGrainWithIntegerKey
{
    /// <exception cref="ArgumentException">A malformed cursor, a filter value the endpoint does not know, or a page size out of range.</exception>
    [Alias("list")]
    Task<AtsPage> List(AtsListQuery query);

    /// <summary>One record in the endpoint's shape by its unified id (deleted ones too), or null.</summary>
    [Alias("get")]
    Task<byte[]?> Get(string integrationId, AtsEndpoint endpoint, string id);
}
