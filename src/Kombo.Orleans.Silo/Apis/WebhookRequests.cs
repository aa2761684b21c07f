namespace Kombo.Orleans.Silo.Apis;

/// <summary><c>POST /v1/webhooks</c>: where to send events and, optionally, the secret to sign them with.</summary>
internal sealed record CreateWebhookRequest(string Url, string? Secret = null);
