namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>What it takes to connect one SmartRecruiters account.</summary>
/// <param name="BaseUrl">SmartRecruiters' API (https://api.smartrecruiters.com), a sandbox or the simulator.</param>
/// <param name="Credentials">Encrypted at rest by the grain; never returned.</param>
/// <param name="CompanyIdentifier">
/// The company's public identifier, for the public Posting API (screening questions). Without it the
/// integration syncs everything else and reports screening questions as unavailable.
/// </param>
/// <param name="Scope">Models and fields to sync; null means everything.</param>
/// <param name="Schedule">Null means the defaults (delta every 15 minutes, full every 24 hours).</param>
/// <param name="TenantId">The tenant that owns the integration (the API's concern; the engine only records it).</param>
[GenerateSerializer, Immutable, Alias("kombo.sync.integration_setup")]
public sealed record IntegrationSetup(
    [property: Id(0)] Uri BaseUrl,
    [property: Id(1)] IntegrationCredentials Credentials,
    [property: Id(2)] string? CompanyIdentifier = null,
    [property: Id(3)] ScopeConfig? Scope = null,
    [property: Id(4)] SyncSchedule? Schedule = null,
    [property: Id(5)] string? TenantId = null);
