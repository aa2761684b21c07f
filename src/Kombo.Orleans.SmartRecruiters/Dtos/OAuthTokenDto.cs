using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary><c>POST /identity/oauth/token</c> (client credentials): <c>{access_token, token_type, expires_in}</c>, snake_case.</summary>
public sealed record OAuthTokenDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary><c>bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>Lifetime in seconds (SmartRecruiters: 1800).</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }
}
