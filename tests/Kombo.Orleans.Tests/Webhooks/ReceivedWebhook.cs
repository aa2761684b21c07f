namespace Kombo.Orleans.Tests.Webhooks;

using System.Text.Json;

/// <summary>One request as the receiver got it: raw body bytes, the signature header, which attempt of its event it was.</summary>
internal sealed record ReceivedWebhook(byte[] Body, string? Signature, int Attempt, bool Answered2xx)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string Type => Json.GetProperty("type").GetString()!;

    public string Id => Json.GetProperty("id").GetString()!;

    public JsonElement Data => Json.GetProperty("data");

    public bool Is(string type, string integrationId) =>
        Type == type && Data.TryGetProperty("integration_id", out var id) && id.GetString() == integrationId;
}
