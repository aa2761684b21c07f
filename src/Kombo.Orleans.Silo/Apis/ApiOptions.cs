namespace Kombo.Orleans.Silo.Apis;

/// <summary>The REST API's settings, bound from <c>Kombo:Api</c>.</summary>
internal sealed class ApiOptions
{
    public const string SectionName = "Kombo:Api";

    /// <summary>
    /// Where integrations may point their SmartRecruiters base URL besides https://api.smartrecruiters.com: URL
    /// prefixes (<c>https://sandbox.example.com/</c>) or bare host names. Unset: loopback in the embedded
    /// default (the simulator), nothing else with PostgreSQL. Keeps tenants from aiming the engine at internal hosts.
    /// </summary>
    public List<string> AllowedBaseUrls { get; set; } = [];

    /// <summary>Requests per second per tenant (token bucket; bursts up to the same number). 0 turns it off.</summary>
    public int RequestsPerSecond { get; set; } = 50;
}
