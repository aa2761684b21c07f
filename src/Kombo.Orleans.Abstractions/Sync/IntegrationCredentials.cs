namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>
/// A SmartRecruiters credential as a caller hands it over: an API key, or an OAuth client id and secret.
/// The integration grain encrypts it before it is persisted and never hands it back; <see cref="ToString"/>
/// names the kind only, so it cannot reach a log.
/// </summary>
[GenerateSerializer, Immutable, Alias("kombo.sync.credentials")]
public sealed record IntegrationCredentials(
    [property: Id(0)] string? ApiKey,
    [property: Id(1)] string? ClientId = null,
    [property: Id(2)] string? ClientSecret = null)
{
    /// <summary>"api_key" or "oauth": what kind of credential it is, never its value.</summary>
    public string Kind => ClientId is not null ? "oauth" : "api_key";

    /// <summary>Why these credentials cannot be used (null when they can).</summary>
    public string? Validate() => (ApiKey, ClientId, ClientSecret) switch
    {
        ({ } key, null, null) when !string.IsNullOrWhiteSpace(key) => null,
        (null, { } id, { } secret) when !string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(secret) => null,
        _ => "Credentials are either an api_key, or a client_id with a client_secret.",
    };

    public override string ToString() => $"SmartRecruiters {Kind} credentials (hidden)";
}
