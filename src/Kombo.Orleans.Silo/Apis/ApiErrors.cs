using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>Builds Kombo's error envelope for every failure, from endpoints, middleware and the exception handler alike.</summary>
internal static class ApiErrors
{
    public static JsonHttpResult<ErrorEnvelope> Create(int status, string code, string message) =>
        TypedResults.Json(new ErrorEnvelope(new ErrorBody(code, TitleOf(code, status), message)), ApiJson.Options, statusCode: status);

    public static JsonHttpResult<ErrorEnvelope> InputInvalid(string message) =>
        Create(StatusCodes.Status400BadRequest, ApiErrorCodes.InputInvalid, message);

    public static JsonHttpResult<ErrorEnvelope> Unauthenticated(string message) =>
        Create(StatusCodes.Status401Unauthorized, ApiErrorCodes.AuthenticationInvalid, message);

    public static JsonHttpResult<ErrorEnvelope> IntegrationNotFound(string? integrationId) =>
        Create(StatusCodes.Status404NotFound, ApiErrorCodes.IntegrationNotFound,
            $"No integration '{Truncate(integrationId)}' exists for this API key.");

    /// <summary>Writes the envelope straight to a response that has not started (middleware and handlers without an endpoint).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            context.Response.Body, new ErrorEnvelope(new ErrorBody(code, TitleOf(code, status), message)), ApiJson.Options, context.RequestAborted);
    }

    /// <summary>Echoes caller input in messages only up to a length that cannot bloat a response.</summary>
    public static string Truncate(string? value, int max = 100) =>
        value is null ? "" : value.Length <= max ? value : value[..max] + "…";

    private static string TitleOf(string code, int status) => code switch
    {
        ApiErrorCodes.InputInvalid => status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status405MethodNotAllowed => "Method not allowed",
            StatusCodes.Status413PayloadTooLarge => "Request body too large",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
            StatusCodes.Status431RequestHeaderFieldsTooLarge => "Request headers too large",
            _ => "Invalid input",
        },
        ApiErrorCodes.AuthenticationInvalid => "Invalid API key",
        ApiErrorCodes.IntegrationNotFound => "Integration not found",
        ApiErrorCodes.RateLimitExceeded => "Rate limit exceeded",
        ApiErrorCodes.ModelDisabled => "Model disabled",
        ApiErrorCodes.Inactive => "Integration inactive",
        ApiErrorCodes.IntegrationAuthenticationInvalid => "Integration credentials invalid",
        _ => "Unknown error",
    };
}
