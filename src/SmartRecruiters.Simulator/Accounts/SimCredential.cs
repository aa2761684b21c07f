namespace SmartRecruiters.Simulator.Accounts;

/// <summary>
/// One SmartRecruiters credential: an API key (sent as <c>X-SmartToken</c>) or an OAuth client
/// (exchanged for bearer tokens). The unit of rate limiting.
/// </summary>
public sealed class SimCredential
{
    public required string Id { get; init; }

    public string? ApiKey { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public required IReadOnlySet<string> Scopes { get; init; }

    /// <summary>Credentials acting with the ADMINISTRATOR system role may read the audit log.</summary>
    public bool IsAdmin { get; init; }

    public bool HasScope(string scope) => Scopes.Contains(scope);
}
