using System.Globalization;

namespace SmartRecruiters.Simulator.Api;

/// <summary>Query-string parsing with SmartRecruiters' 400 answers for values it cannot use.</summary>
public static class Query
{
    public static bool TryLimit(HttpContext context, int defaultValue, int max, out int limit, out IResult? error, string name = "limit")
    {
        error = null;
        limit = defaultValue;
        var raw = context.Request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > max)
        {
            error = SrErrors.BadRequest("INVALID_PARAMETER", $"'{name}' must be an integer between 1 and {max}.");
            return false;
        }

        return true;
    }

    public static bool TryOffset(HttpContext context, out int offset, out IResult? error)
    {
        error = null;
        offset = 0;
        var raw = context.Request.Query["offset"].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out offset) || offset < 0)
        {
            error = SrErrors.BadRequest("INVALID_PARAMETER", "'offset' must be a non-negative integer.");
            return false;
        }

        return true;
    }

    public static bool TryDateTime(HttpContext context, string name, out DateTimeOffset? value, out IResult? error)
    {
        error = null;
        value = null;
        var raw = context.Request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            error = SrErrors.BadRequest("INVALID_PARAMETER", $"'{name}' must be an ISO-8601 date-time, e.g. 2023-01-21T12:50:02.594Z.");
            return false;
        }

        value = parsed;
        return true;
    }

    public static string[] Values(HttpContext context, string name) =>
        context.Request.Query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();

    /// <summary>The request's other query parameters, as <c>&amp;k=v</c> pairs, for a next-page link.</summary>
    public static string Carry(HttpContext context, params string[] except) => string.Concat(context.Request.Query
        .Where(p => !except.Contains(p.Key, StringComparer.Ordinal))
        .SelectMany(p => p.Value.Select(v => $"&{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")));
}
