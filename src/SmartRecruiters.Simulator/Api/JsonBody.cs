using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartRecruiters.Simulator.Api;

/// <summary>Reads request bodies; anything that is not the JSON an endpoint expects is a 400, never a 500.</summary>
public static class JsonBody
{
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context, bool required = true)
    {
        try
        {
            if (context.Request.ContentLength is 0 || (context.Request.ContentLength is null && !context.Request.Headers.ContainsKey("Transfer-Encoding")))
            {
                return required ? (null, SrErrors.BadRequest("INVALID_REQUEST_BODY", "A JSON body is required.")) : (new JsonObject(), null);
            }

            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return node is JsonObject obj ? (obj, null) : (null, SrErrors.BadRequest("INVALID_REQUEST_BODY", "The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            return (null, SrErrors.BadRequest("INVALID_REQUEST_BODY", $"The body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>A string property: absent or null gives null; another JSON type is an error.</summary>
    public static bool TryString(JsonObject body, string name, out string? value, out IResult? error)
    {
        value = null;
        error = null;
        if (body[name] is null)
        {
            return true;
        }

        if (body[name] is JsonValue v && v.TryGetValue<string>(out var s))
        {
            value = s;
            return true;
        }

        error = SrErrors.BadRequest("INVALID_REQUEST_BODY", $"'{name}' must be a string.");
        return false;
    }

    public static bool TryStringArray(JsonObject body, string name, out List<string> values, out IResult? error)
    {
        values = [];
        error = null;
        if (body[name] is null)
        {
            return true;
        }

        if (body[name] is JsonArray array && array.All(i => i is JsonValue v && v.TryGetValue<string>(out _)))
        {
            values = array.Select(i => i!.GetValue<string>()).ToList();
            return true;
        }

        error = SrErrors.BadRequest("INVALID_REQUEST_BODY", $"'{name}' must be an array of strings.");
        return false;
    }
}
