using System.Text.Json.Serialization;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>An account as <c>GET /_sim/accounts</c> lists it.</summary>
public sealed record SimulatorAccount(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("credentials")] IReadOnlyList<SimulatorCredential> Credentials)
{
    public string ApiKey => Credentials.First(c => c.ApiKey is not null).ApiKey!;
}

/// <summary>A credential as <c>GET /_sim/accounts</c> lists it.</summary>
public sealed record SimulatorCredential([property: JsonPropertyName("apiKey")] string? ApiKey);
