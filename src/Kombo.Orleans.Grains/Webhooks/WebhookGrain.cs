using System.Security.Cryptography;
using System.Text;
using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Abstractions.Webhooks;
using Kombo.Orleans.Grains.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Grains.Webhooks;

/// <summary>
/// A tenant's outgoing webhooks. Published events go into each endpoint's outbox in persisted state first, then a
/// grain timer sends whatever is due; failures are retried with exponential backoff and jitter. While anything is
/// pending a reminder is registered too, so a lost silo only delays delivery (the reminder reactivates the grain).
/// Delivery is at least once: a crash between a 2xx and the state write sends the event again (same event id).
/// </summary>
[GrainType("kombo-webhooks")]
public sealed partial class WebhookGrain(
    [PersistentState("webhooks", GrainStorage.Name)] IPersistentState<WebhookState> state,
    ICredentialProtector protector,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookGrain> logger)
    : Grain, IWebhookGrain, IRemindable
{
    private const string OutboxReminder = "webhook-outbox";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    // Decrypted once per activation and endpoint, not once per attempt.
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private IGrainTimer? _timer;
    private bool _reminderRegistered;

    private WebhookState S => state.State;

    private WebhookOptions Options => options.Value;

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => await ScheduleAsync();

    public async Task<CreatedWebhook> Create(Uri url, string? secret)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (S.Endpoints.Count >= Options.MaxEndpoints)
        {
            throw new ArgumentException($"A tenant has at most {Options.MaxEndpoints} webhooks; delete one first.");
        }

        secret ??= WebhookSecrets.Generate();
        if (WebhookSecrets.Validate(secret) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        var endpoint = new StoredWebhookEndpoint
        {
            Id = "wh_" + Base58.Random(22),
            Url = url,
            ProtectedSecret = protector.Protect(secret),
            CreatedAt = time.GetUtcNow(),
        };
        S.Endpoints.Add(endpoint);
        await state.WriteStateAsync();
        _secrets[endpoint.Id] = secret;
        return new CreatedWebhook(Info(endpoint), secret);
    }

    public Task<WebhookEndpointInfo[]> List() => Task.FromResult(S.Endpoints.Select(Info).ToArray());

    public async Task<bool> Delete(string webhookId)
    {
        if (S.Endpoints.RemoveAll(e => e.Id == webhookId) == 0)
        {
            return false;
        }

        _secrets.Remove(webhookId);
        await state.WriteStateAsync();
        await ScheduleAsync();
        return true;
    }

    public Task<WebhookDelivery[]?> GetDeliveries(string webhookId) =>
        Task.FromResult(S.Endpoints.FirstOrDefault(e => e.Id == webhookId) is { } endpoint
            ? endpoint.Deliveries.AsEnumerable().Reverse().Select(d => d.ToInfo()).ToArray()
            : null);

    public async Task Publish(WebhookEvent webhookEvent)
    {
        if (S.Endpoints.Count == 0)
        {
            return; // the common case: nobody listens, nothing to store
        }

        var now = time.GetUtcNow();
        foreach (var endpoint in S.Endpoints)
        {
            endpoint.Deliveries.Add(new StoredDelivery
            {
                EventId = webhookEvent.Id,
                Type = webhookEvent.Type,
                Body = webhookEvent.Body,
                Status = WebhookDeliveryStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
            DropOverflow(endpoint);
        }

        await state.WriteStateAsync();
        await ScheduleAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // The reminder only has to bring the grain back; the timer (re)scheduled here does the sending.
        _reminderRegistered = true;
        await ScheduleAsync();
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = S.Endpoints
            .SelectMany(e => e.Deliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now).Select(d => (Endpoint: e, Delivery: d)))
            .OrderBy(x => x.Delivery.NextAttemptAt)
            .Take(Math.Max(1, Options.MaxConcurrentAttempts))
            .ToList();
        if (due.Count > 0)
        {
            // The sends run on the thread pool, off this activation's scheduler; the grain only waits for the outcomes.
            var attempts = due.Select(x => Attempt(x.Endpoint, x.Delivery, cancellationToken)).ToArray();
            var results = await Task.WhenAll(attempts);
            var finishedAt = time.GetUtcNow();
            for (var i = 0; i < due.Count; i++)
            {
                Record(due[i].Endpoint, due[i].Delivery, results[i], finishedAt);
            }

            foreach (var endpoint in due.Select(x => x.Endpoint).Distinct())
            {
                TrimLog(endpoint);
            }

            await state.WriteStateAsync();
        }

        await ScheduleAsync();
    }

    private Task<WebhookAttemptResult> Attempt(StoredWebhookEndpoint endpoint, StoredDelivery delivery, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = SecretOf(endpoint);
        }
        catch (CryptographicException)
        {
            return Task.FromResult(new WebhookAttemptResult(null, "The webhook secret cannot be decrypted with this host's keys (Kombo:Credentials); recreate the webhook."));
        }

        var body = Encoding.UTF8.GetBytes(delivery.Body!);
        var signature = WebhookSignature.Compute(secret, body);
        var url = endpoint.Url;
        return Task.Run(() => sender.SendAsync(url, body, signature, cancellationToken), cancellationToken);
    }

    private void Record(StoredWebhookEndpoint endpoint, StoredDelivery delivery, WebhookAttemptResult result, DateTimeOffset at)
    {
        if (!S.Endpoints.Contains(endpoint))
        {
            return;
        }

        delivery.Attempts++;
        delivery.LastAttemptAt = at;
        delivery.LastStatusCode = result.StatusCode;
        delivery.LastError = result.Error;
        if (result.Succeeded)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = at;
            delivery.Body = null;
        }
        else if (delivery.Attempts >= Options.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            delivery.Body = null;
            LogGaveUp(logger, WebhookGrains.TenantIdOf(this.GetPrimaryKeyString()), endpoint.Id, delivery.EventId, delivery.Attempts);
        }
        else
        {
            delivery.NextAttemptAt = at + Backoff(delivery.Attempts);
        }
    }

    /// <summary>After the n-th failure: initial × 2^(n-1), capped, plus up to 20% so endpoints that failed together do not retry together.</summary>
    private TimeSpan Backoff(int failures)
    {
        var initial = Options.InitialRetryDelay;
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30));
        var capped = Math.Min(exponential, Options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 + (0.2 * Random.Shared.NextDouble())));
    }

    private void DropOverflow(StoredWebhookEndpoint endpoint)
    {
        var pending = endpoint.Deliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending).ToList();
        foreach (var dropped in pending.Take(pending.Count - Math.Max(1, Options.MaxPendingPerEndpoint)))
        {
            dropped.Status = WebhookDeliveryStatus.Failed;
            dropped.LastError = "Dropped: too many undelivered events for this endpoint.";
            dropped.Body = null;
        }

        TrimLog(endpoint);
    }

    private void TrimLog(StoredWebhookEndpoint endpoint)
    {
        var finished = endpoint.Deliveries.Where(d => d.Status != WebhookDeliveryStatus.Pending).ToList();
        var excess = finished.Count - Math.Max(0, Options.DeliveryLogLength);
        if (excess > 0)
        {
            var drop = finished.Take(excess).ToHashSet();
            endpoint.Deliveries.RemoveAll(drop.Contains);
        }
    }

    /// <summary>Points the timer at the next due attempt, and keeps a reminder exactly while anything is pending.</summary>
    private async Task ScheduleAsync()
    {
        var next = S.Endpoints.SelectMany(e => e.Deliveries).Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .Select(d => (DateTimeOffset?)d.NextAttemptAt).Min();
        if (next is { } at)
        {
            var due = at - time.GetUtcNow();
            due = due < TimeSpan.Zero ? TimeSpan.Zero : due;
            if (_timer is null)
            {
                _timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
            }
            else
            {
                _timer.Change(due, Timeout.InfiniteTimeSpan);
            }

            if (!_reminderRegistered)
            {
                await this.RegisterOrUpdateReminder(OutboxReminder, ReminderPeriod, ReminderPeriod);
                _reminderRegistered = true;
            }

            return;
        }

        _timer?.Dispose();
        _timer = null;
        if (_reminderRegistered)
        {
            if (await this.GetReminder(OutboxReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminderRegistered = false;
        }
    }

    private string SecretOf(StoredWebhookEndpoint endpoint)
    {
        if (!_secrets.TryGetValue(endpoint.Id, out var secret))
        {
            _secrets[endpoint.Id] = secret = protector.UnprotectSecret(endpoint.ProtectedSecret);
        }

        return secret;
    }

    private static WebhookEndpointInfo Info(StoredWebhookEndpoint endpoint) =>
        new(endpoint.Id, endpoint.Url, endpoint.CreatedAt, endpoint.Deliveries.Count(d => d.Status == WebhookDeliveryStatus.Pending));

    [LoggerMessage(LogLevel.Warning, "Tenant {TenantId} webhook {WebhookId} gave up on event {EventId} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string tenantId, string webhookId, string eventId, int attempts);
}
