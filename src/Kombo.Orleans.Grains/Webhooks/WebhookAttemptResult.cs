namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>What one attempt got: the endpoint's status code (null when none came back) and why it failed, if it did.</summary>
public sealed record WebhookAttemptResult(int? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and <= 299;
}
