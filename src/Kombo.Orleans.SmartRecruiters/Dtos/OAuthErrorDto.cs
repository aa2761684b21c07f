using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>A token-endpoint error (RFC 6749 §5.2): <c>{error, error_description}</c>, e.g. <c>invalid_client</c>.</summary>
public sealed record OAuthErrorDto
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
