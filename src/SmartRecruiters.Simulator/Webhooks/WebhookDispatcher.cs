using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Channels;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>
/// Delivers webhook events as SmartRecruiters does: POST of the id-only JSON payload with the
/// <c>event-*</c>, <c>Link</c> and signature headers, success only on 202 within 5 s, otherwise
/// retried on SmartRecruiters' schedule (up to 10 attempts), every attempt in the callbacks log.
/// </summary>
public sealed class WebhookDispatcher(IHttpClientFactory httpClients, AccountRegistry accounts, SimulatorOptions options, TimeProvider time, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string EventVersion = "v201910";
    public const int MaxAttempts = 10;
    public const string HttpClientName = "webhooks";

    private static readonly TimeSpan[] RetrySchedule =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(45), TimeSpan.FromHours(2),
        TimeSpan.FromHours(4), TimeSpan.FromHours(4), TimeSpan.FromHours(4), TimeSpan.FromHours(4),
    ];

    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>();

    public void Enqueue(WebhookDelivery delivery) => _queue.Writer.TryWrite(delivery);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new List<Task>();
        await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            inFlight.Add(DeliverAsync(delivery, stoppingToken));
        }
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        if (accounts.FindByIdentifier(delivery.AccountIdentifier) is not { } account)
        {
            return;
        }

        SimSubscription? subscription;
        string? secret;
        lock (account.Sync)
        {
            subscription = account.Webhooks.Find(delivery.SubscriptionId);
            secret = subscription?.SecretKeys.LastOrDefault().Key;
        }

        if (subscription is not { IsActive: true })
        {
            return;
        }

        int? status = null;
        string? error = null;
        try
        {
            using var request = await BuildRequestAsync(delivery, subscription, secret, stoppingToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Whatever the receiver does (refuses, hangs, breaks the callback auth), it is a failed attempt.
            error = ex is TaskCanceledException ? "No answer within 5 seconds." : ex.Message;
        }

        var succeeded = status == StatusCodes.Status202Accepted;
        lock (account.Sync)
        {
            subscription.CallbacksLog.Add(new CallbackLogEntry(Guid.NewGuid().ToString(), delivery.EventId, delivery.EventName,
                time.GetUtcNow(), status, succeeded ? "successful" : "failed", error ?? (succeeded ? null : $"Expected 202, got {status}."), delivery.Attempt));
        }

        if (!succeeded && delivery.Attempt < MaxAttempts && !stoppingToken.IsCancellationRequested)
        {
            var delay = RetrySchedule[delivery.Attempt - 1] * options.Behaviour.WebhookRetryScale;
            logger.LogDebug("Webhook {Event} to {Subscription} failed (attempt {Attempt}); retrying in {Delay}", delivery.EventName, subscription.Id, delivery.Attempt, delay);
            _ = RetryLaterAsync(delivery with { Attempt = delivery.Attempt + 1 }, delay, stoppingToken);
        }
    }

    private async Task RetryLaterAsync(WebhookDelivery delivery, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            Enqueue(delivery);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: pending retries are dropped, as a restarted SmartRecruiters would not know them.
        }
    }

    private async Task<HttpRequestMessage> BuildRequestAsync(WebhookDelivery delivery, SimSubscription subscription, string? secret, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, subscription.CallbackUrl)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        var link = delivery.SelfLink is null ? null : $"<{options.PublicUrl?.TrimEnd('/')}{delivery.SelfLink}>; rel=self";
        request.Headers.Add("event-name", delivery.EventName);
        request.Headers.Add("event-version", EventVersion);
        request.Headers.Add("event-id", delivery.EventId);
        if (link is not null)
        {
            request.Headers.TryAddWithoutValidation("Link", link);
        }

        if (secret is not null)
        {
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add("smartrecruiters-timestamp", timestamp);
            request.Headers.Add("smartrecruiters-signature",
                WebhookSignature.Compute(secret, timestamp, delivery.Body, delivery.EventId, delivery.EventName, EventVersion, link));
        }

        await AuthenticateAsync(request, subscription, cancellationToken);
        return request;
    }

    private async Task AuthenticateAsync(HttpRequestMessage request, SimSubscription subscription, CancellationToken cancellationToken)
    {
        var auth = subscription.CallbackAuthentication;
        switch (auth?["type"]?.GetValue<string>())
        {
            case "basic":
                var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{auth["username"]}:{auth["password"]}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                break;
            case "header":
                request.Headers.TryAddWithoutValidation(auth["headerName"]!.GetValue<string>(), auth["headerValue"]?.GetValue<string>());
                break;
            case "oauth2":
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = auth["clientId"]!.GetValue<string>(),
                    ["client_secret"] = auth["clientSecret"]!.GetValue<string>(),
                });
                using (var tokenResponse = await httpClients.CreateClient(HttpClientName).PostAsync(auth["tokenServiceUrl"]!.GetValue<string>(), form, cancellationToken))
                {
                    var token = await tokenResponse.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token?["access_token"]?.ToString());
                }

                break;
        }
    }
}
