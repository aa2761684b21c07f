using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>Reads JSON bodies by hand so every way a body can be wrong answers with the envelope and a useful message.</summary>
internal static class ApiBodies
{
    /// <summary>Bodies are small configuration documents; anything bigger is a mistake or an attack.</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, JsonHttpResult<ErrorEnvelope>? Error)> ReadAsync<T>(HttpRequest request, bool optional = false)
        where T : class
    {
        if (request.ContentLength is > MaxBytes)
        {
            return (null, TooLarge());
        }

        var empty = request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any());
        if (empty)
        {
            return optional ? (null, null) : (null, ApiErrors.InputInvalid("A JSON body is required."));
        }

        if (!request.HasJsonContentType())
        {
            return (null, ApiErrors.Create(StatusCodes.Status415UnsupportedMediaType, ApiErrorCodes.InputInvalid,
                "The body must be JSON (Content-Type: application/json)."));
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return (null, TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }
        catch (BadHttpRequestException)
        {
            return (null, ApiErrors.InputInvalid("The request body could not be read."));
        }

        if (body.Length == 0)
        {
            return optional ? (null, null) : (null, ApiErrors.InputInvalid("A JSON body is required."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, ApiJson.Strict);
            return value is null ? (null, ApiErrors.InputInvalid("The body must be a JSON object, not null.")) : (value, null);
        }
        catch (JsonException e)
        {
            // JsonException's own message names .NET types; the path is what a caller needs.
            var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            return (null, ApiErrors.InputInvalid($"The body is not valid JSON for this endpoint{at}: {Describe(e)}"));
        }
    }

    private static JsonHttpResult<ErrorEnvelope> TooLarge() =>
        ApiErrors.Create(StatusCodes.Status413PayloadTooLarge, ApiErrorCodes.InputInvalid, $"The body is larger than {MaxBytes} bytes.");

    private static string Describe(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "it has a member this endpoint does not know.",
        var m when m.Contains("missing required properties", StringComparison.Ordinal) => "a required member is missing.",
        var m when m.Contains("null", StringComparison.OrdinalIgnoreCase) => "a required value is null.",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "a value has the wrong type.",
        _ => "it is malformed.",
    };
}
