using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Client;
using Kombo.Orleans.Silo.Apis.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Kombo's platform endpoints for integrations, for the calling tenant only: connect (instead of Kombo's
/// hosted connect flow, the caller hands over the SmartRecruiters credentials), read, pause/resume, delete,
/// and the engine's sync status.
/// </summary>
internal static class IntegrationsApi
{
    public const string Tool = "smartrecruiters";

    public static RouteGroupBuilder MapIntegrationsApi(this RouteGroupBuilder v1)
    {
        var integrations = v1.MapGroup("/integrations");
        integrations.MapGet("/", ListAsync)
            .Describe("ListIntegrations", "List integrations", ApiTags.Platform, "The calling tenant's integrations (not in Kombo's API).");
        integrations.MapPost("/", CreateAsync)
            .Describe("CreateIntegration", "Connect a SmartRecruiters account", ApiTags.Platform,
                "Connects an account with its API key or OAuth client credentials (instead of Kombo's hosted connect flow); its first full sync starts at once.")
            .WithJsonBody<CreateIntegrationRequest, RouteHandlerBuilder>();
        integrations.MapGet("/{id}", GetAsync)
            .Describe("GetIntegration", "Get an integration", ApiTags.Platform, "Its status, scope config, schedule and read models; never the credentials.")
            .WithErrors(StatusCodes.Status404NotFound);
        integrations.MapPut("/{id}/enabled", SetEnabledAsync)
            .Describe("SetIntegrationEnabled", "Pause or resume an integration", ApiTags.Platform, "A paused integration is INACTIVE: it does not sync, its data stays readable.")
            .WithJsonBody<SetEnabledRequest, RouteHandlerBuilder>()
            .WithErrors(StatusCodes.Status404NotFound);
        integrations.MapDelete("/{id}", DeleteAsync)
            .Describe("DeleteIntegration", "Delete an integration", ApiTags.Platform, "Stops its syncs and deletes its records and checkpoints.")
            .WithErrors(StatusCodes.Status404NotFound);
        integrations.MapGet("/{id}/sync-status", GetSyncStatusAsync)
            .Describe("GetIntegrationSyncStatus", "Get the sync status", ApiTags.Platform, "The engine's current sync and history (not in Kombo's API).")
            .WithErrors(StatusCodes.Status404NotFound);
        return v1;
    }

    /// <summary>Not in Kombo's API (its dashboard lists integrations): the caller's integrations.</summary>
    private static async Task<Ok<Success<IntegrationResponse[]>>> ListAsync(HttpContext context, KomboClient kombo)
    {
        var access = ApiCaller.Get(context);
        var infos = await Task.WhenAll(access.IntegrationIds.Select(kombo.GetIntegrationAsync));
        return TypedResults.Ok(new Success<IntegrationResponse[]>([.. infos.OfType<IntegrationInfo>().Select(IntegrationResponse.From)]));
    }

    private static async Task<Results<Ok<Success<IntegrationResponse>>, JsonHttpResult<ErrorEnvelope>>> CreateAsync(
        HttpContext context, KomboClient kombo, IGrainFactory grains, BaseUrlPolicy baseUrls)
    {
        var (body, error) = await ApiBodies.ReadAsync<CreateIntegrationRequest>(context.Request);
        if (error is not null)
        {
            return error;
        }

        var (setup, problem) = ToSetup(body!, baseUrls, ApiCaller.Get(context).TenantId);
        if (problem is not null)
        {
            return ApiErrors.InputInvalid(problem);
        }

        var id = $"{Tool}:{Base58.Random(22)}";
        var tenant = grains.Grain(ApiCaller.Get(context).TenantId);

        // Owned first, connected second: a crash in between leaves an id that resolves to nothing, never an
        // integration syncing for nobody.
        await tenant.AddIntegration(id);
        try
        {
            return TypedResults.Ok(new Success<IntegrationResponse>(IntegrationResponse.From(await kombo.ConnectAsync(id, setup!))));
        }
        catch (ArgumentException e)
        {
            await tenant.RemoveIntegration(id);
            return ApiErrors.InputInvalid(e.Message);
        }
    }

    private static async Task<Results<Ok<Success<IntegrationResponse>>, JsonHttpResult<ErrorEnvelope>>> GetAsync(
        HttpContext context, KomboClient kombo, string id)
    {
        var (info, error) = await OwnedIntegrations.FindAsync(context, kombo, id);
        return error ?? (Results<Ok<Success<IntegrationResponse>>, JsonHttpResult<ErrorEnvelope>>)TypedResults.Ok(
            new Success<IntegrationResponse>(IntegrationResponse.From(info!)));
    }

    private static async Task<Results<Ok<Success<IntegrationResponse>>, JsonHttpResult<ErrorEnvelope>>> SetEnabledAsync(
        HttpContext context, KomboClient kombo, string id)
    {
        var (_, error) = await OwnedIntegrations.FindAsync(context, kombo, id);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await ApiBodies.ReadAsync<SetEnabledRequest>(context.Request);
        if (bodyError is not null)
        {
            return bodyError;
        }

        return TypedResults.Ok(new Success<IntegrationResponse>(IntegrationResponse.From(await kombo.SetEnabledAsync(id, body!.Value))));
    }

    private static async Task<Results<Ok<Success<EmptyData>>, JsonHttpResult<ErrorEnvelope>>> DeleteAsync(
        HttpContext context, KomboClient kombo, IGrainFactory grains, string id)
    {
        var (_, error) = await OwnedIntegrations.FindAsync(context, kombo, id);
        if (error is not null)
        {
            return error;
        }

        await kombo.DeleteIntegrationAsync(id);
        await grains.Grain(ApiCaller.Get(context).TenantId).RemoveIntegration(id);
        return TypedResults.Ok(new Success<EmptyData>(new EmptyData()));
    }

    private static async Task<Results<Ok<Success<IntegrationSyncStatus>>, JsonHttpResult<ErrorEnvelope>>> GetSyncStatusAsync(
        HttpContext context, KomboClient kombo, string id)
    {
        var (_, error) = await OwnedIntegrations.FindAsync(context, kombo, id);
        if (error is not null)
        {
            return error;
        }

        return TypedResults.Ok(new Success<IntegrationSyncStatus>(await kombo.GetSyncStatusAsync(id)));
    }

    private static (IntegrationSetup? Setup, string? Problem) ToSetup(CreateIntegrationRequest body, BaseUrlPolicy baseUrls, string tenantId)
    {
        if (body.Tool != Tool)
        {
            return (null, $"tool must be '{Tool}' (the only tool this engine connects).");
        }

        var credentials = new IntegrationCredentials(body.Credentials.ApiKey, body.Credentials.ClientId, body.Credentials.ClientSecret);
        if (credentials.Validate() is { } credentialProblem)
        {
            return (null, "credentials: " + credentialProblem);
        }

        var (baseUrl, urlProblem) = baseUrls.Check(body.BaseUrl);
        if (urlProblem is not null)
        {
            return (null, urlProblem);
        }

        if (body.CompanyIdentifier is { } company && (string.IsNullOrWhiteSpace(company) || company.Length > 200))
        {
            return (null, "company_identifier must be 1 to 200 characters when given.");
        }

        var (scope, scopeProblem) = ToScope(body.ScopeConfig);
        return scopeProblem is not null ? (null, scopeProblem) : (new IntegrationSetup(baseUrl!, credentials, body.CompanyIdentifier, scope, TenantId: tenantId), null);
    }

    private static (ScopeConfig? Scope, string? Problem) ToScope(ScopeConfigBody? body)
    {
        if (body is null)
        {
            return (null, null);
        }

        var models = body.DisabledModels ?? [];
        var fields = body.DisabledFields ?? [];
        if (models.Concat(fields.Keys).FirstOrDefault(m => !ModelFields.IsModel(m)) is { } unknownModel)
        {
            return (null, $"scope_config: unknown model '{ApiErrors.Truncate(unknownModel)}'; models: {string.Join(", ", ModelFields.Models)}.");
        }

        foreach (var (model, names) in fields)
        {
            if (names.FirstOrDefault(f => !ModelFields.Of(model).Contains(f, StringComparer.Ordinal)) is { } unknownField)
            {
                return (null, $"scope_config: {model} has no field '{ApiErrors.Truncate(unknownField)}'; fields: {string.Join(", ", ModelFields.Of(model))}.");
            }
        }

        return (new ScopeConfig(models.Distinct(StringComparer.Ordinal).ToArray(), fields), null);
    }
}
