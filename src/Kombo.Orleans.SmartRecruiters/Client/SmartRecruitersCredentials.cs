namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>
/// How to authenticate to one SmartRecruiters account: an API key (<c>X-SmartToken</c>) or an
/// OAuth client (client credentials). Never logged: <see cref="ToString"/> names the kind only.
/// </summary>
public sealed record SmartRecruitersCredentials
{
    private SmartRecruitersCredentials(string? apiKey, string? clientId, string? clientSecret)
    {
        ApiKey = apiKey;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public string? ApiKey { get; }

    public string? ClientId { get; }

    public string? ClientSecret { get; }

    public bool IsOAuth => ClientId is not null;

    public static SmartRecruitersCredentials FromApiKey(string apiKey) =>
        new(string.IsNullOrWhiteSpace(apiKey) ? throw new ArgumentException("An API key is required.", nameof(apiKey)) : apiKey, null, null);

    public static SmartRecruitersCredentials FromOAuthClient(string clientId, string clientSecret) => new(null,
        string.IsNullOrWhiteSpace(clientId) ? throw new ArgumentException("A client id is required.", nameof(clientId)) : clientId,
        string.IsNullOrWhiteSpace(clientSecret) ? throw new ArgumentException("A client secret is required.", nameof(clientSecret)) : clientSecret);

    /// <summary>A stable, non-secret identity of the credential: the unit SmartRecruiters limits.</summary>
    public string BudgetKey => IsOAuth
        ? "oauth:" + ClientId
        : "key:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ApiKey!)))[..16];

    public override string ToString() => IsOAuth ? $"OAuth client {ClientId}" : "API key (hidden)";
}
