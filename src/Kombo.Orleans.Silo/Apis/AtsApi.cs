using System.Text.Json;
using Kombo.Orleans.Abstractions.Queries;
using Kombo.Orleans.Client;
using Kombo.Orleans.Silo.Apis.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Kombo's ATS list endpoints, <c>GET /v1/ats/{endpoint}</c> for the <c>X-Integration-Id</c> integration: the
/// query string is validated here (400 naming the parameter), the page comes from the query grain and its
/// results are written into the envelope as the grain shaped them.
/// </summary>
internal static class AtsApi
{
    private static readonly Dictionary<AtsEndpoint, string> Models = new()
    {
        [AtsEndpoint.Jobs] = "ats_jobs",
        [AtsEndpoint.Candidates] = "ats_candidates",
        [AtsEndpoint.Applications] = "ats_applications",
        [AtsEndpoint.Users] = "ats_users",
        [AtsEndpoint.Roles] = "ats_roles",
        [AtsEndpoint.Tags] = "ats_tags",
        [AtsEndpoint.ApplicationStages] = "ats_application_stages",
        [AtsEndpoint.Interviews] = "ats_interviews",
        [AtsEndpoint.Offers] = "ats_offers",
        [AtsEndpoint.RejectionReasons] = "ats_rejection_reasons",
    };

    public static RouteGroupBuilder MapAtsApi(this RouteGroupBuilder v1)
    {
        var ats = v1.MapGroup("/ats");
        foreach (var endpoint in AtsEndpoints.All)
        {
            ats.MapGet("/" + AtsEndpoints.Path(endpoint), (HttpContext context, KomboClient kombo) => ListAsync(context, kombo, endpoint))
                .DescribeAtsList(endpoint);
        }

        return v1;
    }

    private static async Task<Results<AtsPageResult, JsonHttpResult<ErrorEnvelope>>> ListAsync(HttpContext context, KomboClient kombo, AtsEndpoint endpoint)
    {
        var (info, error) = await OwnedIntegrations.FromHeaderAsync(context, kombo);
        if (error is not null)
        {
            return error;
        }

        var (query, problem) = AtsQueryParser.Parse(info!.Id, endpoint, context.Request.Query);
        if (problem is not null)
        {
            return ApiErrors.InputInvalid(problem);
        }

        if (!info.Scope.IsModelEnabled(Models[endpoint]))
        {
            return ApiErrors.Create(StatusCodes.Status403Forbidden, ApiErrorCodes.ModelDisabled,
                $"The model {Models[endpoint]} is disabled in this integration's scope config.");
        }

        try
        {
            return new AtsPageResult(await kombo.ListAsync(query!));
        }
        catch (ArgumentException e)
        {
            // The query side rejects what only it can judge (a cursor of another endpoint or integration, a tampered one).
            return ApiErrors.InputInvalid(e.Message);
        }
    }

    /// <summary>Writes <c>{"status":"success","data":{"next":…,"results":…}}</c> with the results bytes as they are.</summary>
    internal sealed class AtsPageResult(AtsPage page) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(httpContext.Response.BodyWriter);
            json.WriteStartObject();
            json.WriteString("status", "success");
            json.WriteStartObject("data");
            json.WriteString("next", page.Next);
            json.WritePropertyName("results");
            json.WriteRawValue(page.ResultsJson, skipInputValidation: true);
            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(httpContext.RequestAborted);
        }
    }
}
