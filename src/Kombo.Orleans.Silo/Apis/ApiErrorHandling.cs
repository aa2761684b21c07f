using Microsoft.AspNetCore.Diagnostics;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Makes every API failure an envelope: unexpected exceptions (500 with no internals), bodiless error statuses
/// from routing (404, 405), and oversized headers, which Kestrel would otherwise reject with an empty body.
/// </summary>
internal static class ApiErrorHandling
{
    /// <summary>
    /// The API's own header budget, below Kestrel's hard limit (<see cref="KestrelMaxHeaderBytes"/>) so that the
    /// answer can still be the envelope.
    /// </summary>
    public const int MaxHeaderBytes = 16 * 1024;

    public const int KestrelMaxHeaderBytes = 64 * 1024;

    public const int MaxHeaderCount = 64;

    public static IApplicationBuilder UseApiErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync});
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!IsApi(http.Request.Path))
            {
                return;
            }

            var status = http.Response.StatusCode;
            var message = status switch
            {
                StatusCodes.Status404NotFound => $"There is no endpoint {http.Request.Method} {ApiErrors.Truncate(http.Request.Path)}.",
                StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {ApiErrors.Truncate(http.Request.Path)}.",
                _ => "The request is invalid.",
            };
            var code = status >= 500 ? ApiErrorCodes.Unknown : ApiErrorCodes.InputInvalid;
            await ApiErrors.WriteAsync(http, status, code, message);
        });
        app.Use(async (context, next) =>
        {
            if (IsApi(context.Request.Path) && TooManyHeaderBytes(context.Request.Headers) is { } problem)
            {
                await ApiErrors.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ApiErrorCodes.InputInvalid, problem);
                return;
            }

            await next(context);
        });
        return app;
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/v1");

    private static string? TooManyHeaderBytes(IHeaderDictionary headers)
    {
        if (headers.Count > MaxHeaderCount)
        {
            return $"The request has more than {MaxHeaderCount} headers.";
        }

        long total = 0;
        foreach (var (name, values) in headers)
        {
            total += name.Length;
            foreach (var value in values)
            {
                total += value?.Length ?? 0;
            }
        }

        return total > MaxHeaderBytes ? $"The request's headers are larger than {MaxHeaderBytes} bytes." : null;
    }

    private static async Task HandleExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, code, message) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, ApiErrorCodes.InputInvalid, "The request is malformed."),
            TimeoutException or SiloUnavailableException or OrleansMessageRejectionException =>
                (StatusCodes.Status503ServiceUnavailable, ApiErrorCodes.Unknown, "The service is busy or restarting; retry shortly."),
            _ => (StatusCodes.Status500InternalServerError, ApiErrorCodes.Unknown, "An unexpected error occurred; it has been logged."),
        };

        // The handler middleware logs the exception itself; callers get the envelope and nothing of the internals.
        await ApiErrors.WriteAsync(context, status, code, message);
    }
}
