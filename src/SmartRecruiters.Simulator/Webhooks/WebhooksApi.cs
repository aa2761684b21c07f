using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data;

namespace SmartRecruiters.Simulator.Webhooks;

/// <summary>
/// Webhooks API v201907: subscriptions (created inactive), the activation handshake with
/// <c>X-Hook-Secret</c>, secret keys, and the callbacks log.
/// </summary>
public static class WebhooksApi
{
    public const int MaxSecretKeys = 16;

    private static readonly SrOperation Read = new(Scopes.WebhooksRead) { OrScope = Scopes.WebhooksManage };
    private static readonly SrOperation Write = new(Scopes.WebhooksWrite) { OrScope = Scopes.WebhooksManage, DeniedCode = "NO_PERMISSION_TO_MANAGE_WEBHOOKS" };
    private static readonly SrOperation Remove = new(Scopes.WebhooksDelete) { OrScope = Scopes.WebhooksManage };

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/webhooks-api/v201907/subscriptions");
        subscriptions.MapPost("", CreateAsync).Sr(Write);
        subscriptions.MapGet("", List).Sr(Read);
        subscriptions.MapGet("/{id}", Get).Sr(Read);
        subscriptions.MapDelete("/{id}", Delete).Sr(Remove);
        subscriptions.MapPut("/{id}/activation", ActivateAsync).Sr(Write);
        subscriptions.MapPost("/{id}/secret-key", CreateSecret).Sr(Write);
        subscriptions.MapGet("/{id}/secret-key", GetSecret).Sr(Read);
        subscriptions.MapGet("/{id}/callbacks-log", CallbacksLog).Sr(Read);
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, AccountEvents events)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (body is null)
        {
            return error!;
        }

        if (!JsonBody.TryString(body, "callbackUrl", out var callbackUrl, out error) || !JsonBody.TryStringArray(body, "events", out var names, out error)
            || !JsonBody.TryString(body, "alertingEmailAddress", out var alerting, out error))
        {
            return error!;
        }

        if (!IsAcceptableCallbackUrl(callbackUrl))
        {
            return SrErrors.Unprocessable("INVALID_CALLBACK_URL", "callbackUrl must be an absolute https URL (http is accepted for loopback receivers).");
        }

        if (names.Count == 0 || names.Distinct().Count() != names.Count || names.Any(n => !WebhookEventNames.All.Contains(n)))
        {
            return SrErrors.Unprocessable("INVALID_EVENT", "events must be a non-empty list of distinct, known event names.");
        }

        var authentication = body["callbackAuthentication"] as JsonObject;
        if (authentication is not null && !IsValidAuthentication(authentication))
        {
            return SrErrors.Unprocessable("INVALID_CALLBACK_AUTHENTICATION", "callbackAuthentication must be basic, header (name starting with x-) or oauth2.");
        }

        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            if (account.Webhooks.Subscriptions.Count >= WebhookRegistry.MaxSubscriptions)
            {
                return SrErrors.Forbidden("SUBSCRIPTIONS_LIMIT_EXCEEDED", $"At most {WebhookRegistry.MaxSubscriptions} subscriptions.");
            }

            var subscription = new SimSubscription
            {
                Id = Guid.NewGuid().ToString(),
                CallbackUrl = callbackUrl!,
                Events = names,
                AlertingEmailAddress = alerting,
                CallbackAuthentication = (JsonObject?)authentication?.DeepClone(),
                CreatedOn = events.Now,
            };
            account.Webhooks.Subscriptions.Add(subscription);
            return Respond.Json(context, SubscriptionDto.From(subscription), StatusCodes.Status201Created);
        }
    }

    private static IResult List(HttpContext context)
    {
        if (!Query.TryLimit(context, 10, 100, out var limit, out var error))
        {
            return error!;
        }

        long position = 0;
        var pageId = context.Request.Query["page_id"].ToString();
        if (pageId.Length > 0 && !Cursor.TryDecode(pageId, "subscriptions", out position))
        {
            return SrErrors.BadRequest("INVALID_PAGE_ID", "Invalid page id.");
        }

        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var all = account.Webhooks.Subscriptions;
            var start = (int)Math.Min(position, all.Count);
            var page = all.Skip(start).Take(limit).Select(SubscriptionDto.From).ToList();
            if (start + limit < all.Count)
            {
                context.Response.Headers.Link =
                    $"<{ActionLink.BaseUrl(context)}/webhooks-api/v201907/subscriptions?limit={limit}&page_id={Uri.EscapeDataString(Cursor.Encode("subscriptions", start + limit))}>; rel=\"next\"";
            }

            return Respond.Json(context, page);
        }
    }

    private static IResult Get(HttpContext context, string id) => WithSubscription(context, id, s => Respond.Json(context, SubscriptionDto.From(s)));

    private static IResult Delete(HttpContext context, string id)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.Webhooks.Subscriptions.RemoveAll(s => s.Id == id) > 0 ? TypedResults.NoContent() : NotFound();
        }
    }

    private static async Task<IResult> ActivateAsync(HttpContext context, string id, IHttpClientFactory httpClients)
    {
        var account = SimCaller.Required(context).Account;
        string callbackUrl;
        lock (account.Sync)
        {
            if (account.Webhooks.Find(id) is not { } subscription)
            {
                return NotFound();
            }

            if (subscription.IsActive)
            {
                return SrErrors.Conflict("SUBSCRIPTION_ALREADY_ACTIVE", "Subscription already activated.");
            }

            callbackUrl = subscription.CallbackUrl;
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var echoed = false;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, callbackUrl);
            request.Headers.Add("X-Hook-Secret", secret);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            using var response = await httpClients.CreateClient(WebhookDispatcher.HttpClientName).SendAsync(request, timeout.Token);
            echoed = response.StatusCode == System.Net.HttpStatusCode.OK
                     && response.Headers.TryGetValues("X-Hook-Secret", out var values) && values.Contains(secret);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            echoed = false; // unreachable, refused or too slow: the handshake failed
        }

        if (!echoed)
        {
            return SrErrors.Error(StatusCodes.Status424FailedDependency, "HANDSHAKE_FAILED", "Webhook activation handshake failed.");
        }

        lock (account.Sync)
        {
            if (account.Webhooks.Find(id) is { } subscription)
            {
                subscription.Status = "active";
            }
        }

        return TypedResults.NoContent();
    }

    private static IResult CreateSecret(HttpContext context, string id, AccountEvents events) => WithSubscription(context, id, s =>
    {
        var now = events.Now;
        var live = s.SecretKeys.Count(k => IsLive(s, k, now));
        if (live >= MaxSecretKeys)
        {
            return SrErrors.Forbidden("SECRET_KEYS_LIMIT_EXCEEDED", $"At most {MaxSecretKeys} non-expired secret keys.");
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', 'A').Replace('/', 'B');
        s.SecretKeys.Add((key, now));
        return Respond.Json(context, new SecretKeyDto(key), StatusCodes.Status201Created);
    });

    private static IResult GetSecret(HttpContext context, string id) => WithSubscription(context, id, s =>
        s.SecretKeys.Count == 0 ? SrErrors.NotFound("SECRET_KEY_NOT_FOUND", "The subscription has no secret key.") : Respond.Json(context, new SecretKeyDto(s.SecretKeys[^1].Key)));

    private static IResult CallbacksLog(HttpContext context, string id) => WithSubscription(context, id, s =>
    {
        var status = context.Request.Query["callbackStatus"].ToString();
        return Respond.Json(context, s.CallbacksLog.Where(e => status.Length == 0 || e.Status == status)
            .Select(e => new CallbackLogDto(e.Id, e.EventId, e.EventName, e.AttemptedOn, e.ResponseStatus, e.Status, e.Error, e.Attempt)).ToList());
    });

    /// <summary>A key signs until 24 hours after a newer one was made.</summary>
    public static bool IsLive(SimSubscription subscription, (string Key, DateTimeOffset CreatedOn) key, DateTimeOffset now)
    {
        var newer = subscription.SecretKeys.Where(k => k.CreatedOn > key.CreatedOn).Select(k => (DateTimeOffset?)k.CreatedOn).Min();
        return newer is null || now < newer.Value.AddHours(24);
    }

    private static IResult WithSubscription(HttpContext context, string id, Func<SimSubscription, IResult> action)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.Webhooks.Find(id) is { } subscription ? action(subscription) : NotFound();
        }
    }

    private static IResult NotFound() => SrErrors.NotFound("SUBSCRIPTION_NOT_FOUND", "Subscription not found.");

    private static bool IsAcceptableCallbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool IsValidAuthentication(JsonObject auth) => (auth["type"] as JsonValue)?.ToString() switch
    {
        "basic" => auth["username"] is not null && auth["password"] is not null,
        "header" => auth["headerName"]?.ToString() is { } name && name.StartsWith("x-", StringComparison.OrdinalIgnoreCase) && auth["headerValue"] is not null,
        "oauth2" => auth["clientId"] is not null && auth["clientSecret"] is not null && Uri.TryCreate(auth["tokenServiceUrl"]?.ToString(), UriKind.Absolute, out _),
        _ => false,
    };
}

public sealed record SubscriptionDto(string Id, string CallbackUrl, IReadOnlyList<string> Events, string? AlertingEmailAddress, string Status)
{
    public static SubscriptionDto From(SimSubscription s) => new(s.Id, s.CallbackUrl, s.Events, s.AlertingEmailAddress, s.Status);
}

public sealed record SecretKeyDto(string SecretKey);

public sealed record CallbackLogDto(string Id, string EventId, string EventName, DateTimeOffset AttemptedOn, int? ResponseStatus, string Status, string? Error, int Attempt);
