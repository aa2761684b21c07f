namespace SmartRecruiters.Simulator.Tests.Webhooks;

using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// A real HTTP endpoint on a loopback port that plays a webhook subscriber: it answers the
/// activation handshake (or not) and answers deliveries with 202 (or fails the first ones), and
/// records every request so tests await what arrived instead of sleeping.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string HookPath = "/hook";
    public const string TokenPath = "/token";

    /// <summary>The access token <see cref="TokenPath"/> hands out (for oauth2 callback authentication).</summary>
    public const string AccessToken = "receiver-access-token";

    private readonly WebApplication _app;
    private readonly Channel<ReceivedRequest> _handshakes = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly Channel<ReceivedRequest> _deliveries = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly Channel<IReadOnlyDictionary<string, string>> _tokenRequests = Channel.CreateUnbounded<IReadOnlyDictionary<string, string>>();
    private int _deliveryCount;

    private WebhookReceiver(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where subscriptions should point.</summary>
    public string CallbackUrl => new Uri(BaseAddress, HookPath).ToString();

    /// <summary>A client-credentials token endpoint, for oauth2 callback authentication.</summary>
    public string TokenUrl => new Uri(BaseAddress, TokenPath).ToString();

    /// <summary>Whether the handshake is answered 200 with the <c>X-Hook-Secret</c> echoed (otherwise 200 without it).</summary>
    public bool EchoHandshake { get; set; } = true;

    /// <summary>How many deliveries (counting from the first) are answered <see cref="FailureStatus"/>.</summary>
    public int FailFirst { get; set; }

    public int FailureStatus { get; set; } = StatusCodes.Status500InternalServerError;

    /// <summary>The answer to deliveries after the first <see cref="FailFirst"/>.</summary>
    public int SuccessStatus { get; set; } = StatusCodes.Status202Accepted;

    public static async Task<WebhookReceiver> StartAsync(Action<WebhookReceiver>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost(HookPath, (HttpContext context) => receiver!.HandleAsync(context));
        app.MapPost(TokenPath, async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            receiver!._tokenRequests.Writer.TryWrite(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
            return Results.Json(new Dictionary<string, object> { ["access_token"] = AccessToken, ["token_type"] = "bearer", ["expires_in"] = 3600 });
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new WebhookReceiver(app, new Uri(address));
        configure?.Invoke(receiver);
        return receiver;
    }

    /// <summary>The next delivery (not handshake) that arrived, waiting at most <paramref name="timeout"/> (10 s by default).</summary>
    public Task<ReceivedRequest> NextDeliveryAsync(TimeSpan? timeout = null) => ReadAsync(_deliveries, timeout, "delivery");

    public Task<ReceivedRequest> NextHandshakeAsync(TimeSpan? timeout = null) => ReadAsync(_handshakes, timeout, "handshake");

    /// <summary>The form of the next token request (grant_type, client_id, client_secret).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NextTokenRequestAsync(TimeSpan? timeout = null)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        return await _tokenRequests.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Deliveries that already arrived and were not read yet, without waiting.</summary>
    public IReadOnlyList<ReceivedRequest> DrainDeliveries()
    {
        var drained = new List<ReceivedRequest>();
        while (_deliveries.Reader.TryRead(out var delivery))
        {
            drained.Add(delivery);
        }

        return drained;
    }

    private static async Task<ReceivedRequest> ReadAsync(Channel<ReceivedRequest> channel, TimeSpan? timeout, string what)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No webhook {what} arrived within {timeout ?? TimeSpan.FromSeconds(10)}.");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        if (headers.TryGetValue("X-Hook-Secret", out var secret))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            if (EchoHandshake)
            {
                context.Response.Headers["X-Hook-Secret"] = secret;
            }

            _handshakes.Writer.TryWrite(new ReceivedRequest(headers, body, context.Response.StatusCode, 0));
            return;
        }

        var number = Interlocked.Increment(ref _deliveryCount);
        context.Response.StatusCode = number <= FailFirst ? FailureStatus : SuccessStatus;
        _deliveries.Writer.TryWrite(new ReceivedRequest(headers, body, context.Response.StatusCode, number));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the receiver got: its headers (case-insensitive), body, the status it was answered and its number among deliveries.</summary>
public sealed record ReceivedRequest(IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus, int Number)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
