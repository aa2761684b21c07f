namespace Kombo.Orleans.Tests.Webhooks;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// A customer's webhook endpoint on loopback Kestrel: records every request's raw body and signature, answers 500
/// to the first <c>failuresPerEvent</c> attempts of each event, and lets a test await an event by a signal.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _failuresPerEvent;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly List<ReceivedWebhook> _received = [];
    private readonly List<(Func<ReceivedWebhook, bool> Match, TaskCompletionSource<ReceivedWebhook> Signal)> _waiters = [];

    private WebhookReceiver(WebApplication app, int failuresPerEvent)
    {
        _app = app;
        _failuresPerEvent = failuresPerEvent;
    }

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync(int failuresPerEvent = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failuresPerEvent);
        app.MapPost("/hook", receiver.ReceiveAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    /// <summary>The first successfully answered event that matches, however long until it comes (the test's token bounds it).</summary>
    public Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match)
    {
        lock (_received)
        {
            if (_received.FirstOrDefault(r => r.Answered2xx && match(r)) is { } already)
            {
                return Task.FromResult(already);
            }

            var signal = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TestContext.Current.CancellationToken);
        }
    }

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>
    /// What a customer's endpoint does: HMAC-SHA256 of the raw body under the secret, base64url without padding,
    /// compared in fixed time. Written independently of the engine's signer, so a change there cannot pass unnoticed.
    /// </summary>
    public static bool Verifies(string secret, byte[] body, string? signature)
    {
        if (signature is null)
        {
            return false;
        }

        var expected = System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        using var json = JsonDocument.Parse(body);
        var eventId = json.RootElement.GetProperty("id").GetString()!;
        var attempt = _attempts.AddOrUpdate(eventId, 1, (_, n) => n + 1);
        var ok = attempt > _failuresPerEvent;
        var received = new ReceivedWebhook(body, request.Headers["X-Kombo-Signature"].ToString(), attempt, ok);
        lock (_received)
        {
            _received.Add(received);
            if (ok)
            {
                foreach (var waiter in _waiters.Where(w => w.Match(received)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Signal.TrySetResult(received);
                }
            }
        }

        return ok ? Results.Ok() : Results.StatusCode(StatusCodes.Status500InternalServerError);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
