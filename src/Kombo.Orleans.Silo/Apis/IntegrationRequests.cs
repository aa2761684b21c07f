namespace Kombo.Orleans.Silo.Apis;

/// <summary><c>POST /v1/integrations</c>: connects a SmartRecruiters account for the calling tenant.</summary>
internal sealed record CreateIntegrationRequest(
    string Tool,
    CredentialsBody Credentials,
    string? BaseUrl = null,
    string? CompanyIdentifier = null,
    ScopeConfigBody? ScopeConfig = null);

/// <summary>Either <c>api_key</c>, or <c>client_id</c> with <c>client_secret</c>.</summary>
internal sealed record CredentialsBody(string? ApiKey = null, string? ClientId = null, string? ClientSecret = null);

/// <summary>Models and fields (Kombo's names) the integration must not sync.</summary>
internal sealed record ScopeConfigBody(string[]? DisabledModels = null, Dictionary<string, string[]>? DisabledFields = null);

/// <summary><c>PUT /v1/integrations/{id}/enabled</c>.</summary>
internal sealed record SetEnabledRequest(bool Value);

/// <summary><c>POST /v1/force-sync</c>; Kombo's default type is FULL.</summary>
internal sealed record ForceSyncRequest(string Type = "FULL");
