using System.Net.Http.Headers;

namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>
/// One HTTP attempt: POSTs the body with its signature and reports the outcome; never throws for anything the
/// endpoint or the network does, because every outcome is a line in the delivery log.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients)
{
    public const string HttpClientName = "kombo-webhooks";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<WebhookAttemptResult> SendAsync(Uri url, byte[] body, string signature, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookAttemptResult(status, response.IsSuccessStatusCode ? null : $"The endpoint answered {status}.");
        }
        catch (HttpRequestException e)
        {
            // The error kind, not the message: messages can carry internal addresses into a tenant-visible log.
            return new WebhookAttemptResult(null, $"The request failed ({e.HttpRequestError}).");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttemptResult(null, "The endpoint did not answer in time.");
        }
    }
}
