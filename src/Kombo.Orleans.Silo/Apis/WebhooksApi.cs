using Kombo.Orleans.Abstractions.Webhooks;
using Kombo.Orleans.Silo.Apis.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// The calling tenant's outgoing webhooks (Kombo configures them in its dashboard; here they are an API):
/// create (the secret is answered once), list, delete, and an endpoint's delivery log. Another tenant's
/// webhook answers the same 404 as one that does not exist.
/// </summary>
internal static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder v1)
    {
        var webhooks = v1.MapGroup("/webhooks");
        const string unknownWebhook = "PLATFORM.INPUT_INVALID: the webhook does not exist or belongs to another tenant.";
        webhooks.MapPost("/", CreateAsync)
            .Describe("CreateWebhook", "Create a webhook", ApiTags.Platform, "The signing secret is in this answer only (not in Kombo's API, whose dashboard configures webhooks).")
            .WithJsonBody<CreateWebhookRequest, RouteHandlerBuilder>();
        webhooks.MapGet("/", ListAsync)
            .Describe("ListWebhooks", "List webhooks", ApiTags.Platform, "The calling tenant's webhooks, without their secrets.");
        webhooks.MapDelete("/{id}", DeleteAsync)
            .Describe("DeleteWebhook", "Delete a webhook", ApiTags.Platform)
            .WithError(StatusCodes.Status404NotFound, unknownWebhook);
        webhooks.MapGet("/{id}/deliveries", GetDeliveriesAsync)
            .Describe("GetWebhookDeliveries", "Get a webhook's deliveries", ApiTags.Platform, "The webhook's delivery log (bounded).")
            .WithError(StatusCodes.Status404NotFound, unknownWebhook);
        return v1;
    }

    private static async Task<Results<Ok<Success<CreatedWebhookResponse>>, JsonHttpResult<ErrorEnvelope>>> CreateAsync(
        HttpContext context, IGrainFactory grains, WebhookUrlPolicy urls)
    {
        var (body, error) = await ApiBodies.ReadAsync<CreateWebhookRequest>(context.Request);
        if (error is not null)
        {
            return error;
        }

        var (url, problem) = urls.Check(body!.Url);
        if (problem is not null)
        {
            return ApiErrors.InputInvalid(problem);
        }

        try
        {
            var created = await grains.Webhooks(ApiCaller.Get(context).TenantId).Create(url!, body.Secret);
            return TypedResults.Ok(new Success<CreatedWebhookResponse>(CreatedWebhookResponse.From(created)));
        }
        catch (ArgumentException e)
        {
            return ApiErrors.InputInvalid(e.Message);
        }
    }

    private static async Task<Ok<Success<WebhookResponse[]>>> ListAsync(HttpContext context, IGrainFactory grains)
    {
        var endpoints = await grains.Webhooks(ApiCaller.Get(context).TenantId).List();
        return TypedResults.Ok(new Success<WebhookResponse[]>([.. endpoints.Select(WebhookResponse.From)]));
    }

    private static async Task<Results<Ok<Success<EmptyData>>, JsonHttpResult<ErrorEnvelope>>> DeleteAsync(
        HttpContext context, IGrainFactory grains, string id) =>
        await grains.Webhooks(ApiCaller.Get(context).TenantId).Delete(id)
            ? TypedResults.Ok(new Success<EmptyData>(new EmptyData()))
            : NotFound(id);

    private static async Task<Results<Ok<Success<WebhookDeliveryResponse[]>>, JsonHttpResult<ErrorEnvelope>>> GetDeliveriesAsync(
        HttpContext context, IGrainFactory grains, string id) =>
        await grains.Webhooks(ApiCaller.Get(context).TenantId).GetDeliveries(id) is { } deliveries
            ? TypedResults.Ok(new Success<WebhookDeliveryResponse[]>([.. deliveries.Select(WebhookDeliveryResponse.From)]))
            : NotFound(id);

    // Kombo has no webhook error code; PLATFORM.INPUT_INVALID with 404 is what it answers for unknown resources.
    private static JsonHttpResult<ErrorEnvelope> NotFound(string id) =>
        ApiErrors.Create(StatusCodes.Status404NotFound, ApiErrorCodes.InputInvalid, $"No webhook '{ApiErrors.Truncate(id)}' exists for this API key.");
}
