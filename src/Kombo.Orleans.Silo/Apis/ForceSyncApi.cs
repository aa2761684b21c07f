using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Client;
using Kombo.Orleans.Silo.Apis.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>Kombo's <c>POST /v1/force-sync</c>: starts a sync of the <c>X-Integration-Id</c> integration, or names the one already queued.</summary>
internal static class ForceSyncApi
{
    public static RouteGroupBuilder MapForceSyncApi(this RouteGroupBuilder v1)
    {
        v1.MapPost("/force-sync", ForceSyncAsync)
            .Describe("ForceSync", "Start a sync", ApiTags.Platform,
                "Starts a FULL (default) or DELTA sync of the X-Integration-Id integration, or names the one already queued.")
            .WithIntegrationHeader()
            .WithJsonBody<ForceSyncRequest, RouteHandlerBuilder>(optional: true)
            .WithErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return v1;
    }

    private static async Task<Results<Ok<Success<ForceSyncResponse>>, JsonHttpResult<ErrorEnvelope>>> ForceSyncAsync(HttpContext context, KomboClient kombo)
    {
        var (info, error) = await OwnedIntegrations.FromHeaderAsync(context, kombo);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await ApiBodies.ReadAsync<ForceSyncRequest>(context.Request, optional: true);
        if (bodyError is not null)
        {
            return bodyError;
        }

        SyncKind? kind = (body?.Type ?? "FULL") switch
        {
            "FULL" => SyncKind.Full,
            "DELTA" => SyncKind.Delta,
            _ => null,
        };
        if (kind is null)
        {
            return ApiErrors.InputInvalid("type must be FULL or DELTA.");
        }

        if (Refusal(info!) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var started = await kombo.StartSyncAsync(info!.Id, kind.Value);
            return TypedResults.Ok(new Success<ForceSyncResponse>(new ForceSyncResponse(started.AlreadyQueued, started.SyncId, started.Kind)));
        }
        catch (InvalidOperationException)
        {
            // The status changed between the read and the start (paused or credentials rejected meanwhile).
            return Refusal((await kombo.GetIntegrationAsync(info!.Id))!) ?? throw new InvalidOperationException("The sync could not be started.");
        }
    }

    private static JsonHttpResult<ErrorEnvelope>? Refusal(IntegrationInfo info) => info.Status switch
    {
        IntegrationStatus.Inactive => ApiErrors.Create(StatusCodes.Status403Forbidden, ApiErrorCodes.Inactive,
            "The integration is paused; enable it (PUT /v1/integrations/{id}/enabled) before syncing."),
        IntegrationStatus.Invalid => ApiErrors.Create(StatusCodes.Status403Forbidden, ApiErrorCodes.IntegrationAuthenticationInvalid,
            "SmartRecruiters rejected the integration's credentials; replace them before syncing."),
        _ => null,
    };
}
