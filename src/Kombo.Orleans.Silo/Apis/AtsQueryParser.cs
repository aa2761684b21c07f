using System.Globalization;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.Abstractions.Queries;
using Microsoft.Extensions.Primitives;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Turns an ATS list request's query string into an <see cref="AtsListQuery"/>, or names the first parameter
/// that is wrong: unknown, repeated, empty, or not of its type or enum.
/// </summary>
internal static class AtsQueryParser
{
    private const int MaxValues = 250;
    private const int MaxValueLength = 500;

    private static readonly string[] Common = ["cursor", "page_size", "updated_after", "include_deleted", "ids", "remote_ids", "ignore_unsupported_filters"];

    private static readonly Dictionary<string, IReadOnlyList<string>> Enums = new(StringComparer.Ordinal)
    {
        ["statuses"] = JobStatus.All,
        ["employment_types"] = EmploymentType.All,
        ["visibilities"] = JobVisibility.All,
        ["outcomes"] = ApplicationOutcome.All,
        ["scopes"] = RoleScope.All,
    };

    private static readonly HashSet<string> Dates = ["remote_created_after"];

    // Free text matched as a whole: a comma in a name or URL is part of the value.
    private static readonly HashSet<string> SingleValued = ["email", "first_name", "last_name", "name_contains", "post_url"];

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    public static (AtsListQuery? Query, string? Problem) Parse(string integrationId, AtsEndpoint endpoint, IQueryCollection query)
    {
        var filters = AtsEndpoints.Filters(endpoint);
        foreach (var (name, values) in query)
        {
            if (!Common.Contains(name, StringComparer.Ordinal) && !filters.Contains(name, StringComparer.Ordinal))
            {
                var known = string.Join(", ", Common.Concat(filters));
                return (null, $"Unknown query parameter '{ApiErrors.Truncate(name, 50)}' for /v1/ats/{AtsEndpoints.Path(endpoint)}; known: {known}.");
            }

            if (values.Count != 1)
            {
                return (null, $"{name} appears more than once; separate several values with commas.");
            }

            if (string.IsNullOrEmpty(values[0]))
            {
                return (null, $"{name} is empty; leave it out instead.");
            }

            if (values[0]!.Length > 8 * 1024)
            {
                return (null, $"{name} is too long.");
            }
        }

        var result = new AtsListQuery(integrationId, endpoint);
        if (One(query, "cursor") is { } cursor)
        {
            result = result with { Cursor = cursor };
        }

        if (One(query, "page_size") is { } pageSize)
        {
            if (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > AtsListQuery.MaxPageSize)
            {
                return (null, $"page_size must be a whole number from 1 to {AtsListQuery.MaxPageSize}.");
            }

            result = result with { PageSize = size };
        }

        if (One(query, "updated_after") is { } updatedAfter)
        {
            if (ParseDate(updatedAfter) is not { } instant)
            {
                return (null, DateProblem("updated_after"));
            }

            result = result with { UpdatedAfter = instant };
        }

        foreach (var flag in new[] { "include_deleted", "ignore_unsupported_filters" })
        {
            if (One(query, flag) is { } text)
            {
                if (!bool.TryParse(text, out var value))
                {
                    return (null, $"{flag} must be true or false.");
                }

                if (flag == "include_deleted")
                {
                    result = result with { IncludeDeleted = value };
                }
            }
        }

        var (ids, idsProblem) = List(query, "ids");
        var (remoteIds, remoteIdsProblem) = List(query, "remote_ids");
        if ((idsProblem ?? remoteIdsProblem) is { } listProblem)
        {
            return (null, listProblem);
        }

        result = result with { Ids = ids, RemoteIds = remoteIds };

        var parsed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            if (One(query, filter) is not { } raw)
            {
                continue;
            }

            if (Dates.Contains(filter))
            {
                if (ParseDate(raw) is not { } instant)
                {
                    return (null, DateProblem(filter));
                }

                parsed[filter] = [instant.ToString("O", CultureInfo.InvariantCulture)];
                continue;
            }

            if (SingleValued.Contains(filter))
            {
                parsed[filter] = [raw];
                continue;
            }

            var (values, problem) = List(query, filter);
            if (problem is not null)
            {
                return (null, problem);
            }

            if (Enums.TryGetValue(filter, out var allowed) && values!.FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal)) is { } unknown)
            {
                return (null, $"{filter} has an unknown value '{ApiErrors.Truncate(unknown, 50)}'; allowed: {string.Join(", ", allowed)}.");
            }

            parsed[filter] = values!;
        }

        return (result with { Filters = parsed.Count > 0 ? parsed : null }, null);
    }

    private static string? One(IQueryCollection query, string name) => query.TryGetValue(name, out StringValues values) ? values[0] : null;

    private static (string[]? Values, string? Problem) List(IQueryCollection query, string name)
    {
        if (One(query, name) is not { } raw)
        {
            return (null, null);
        }

        var values = raw.Split(',', StringSplitOptions.TrimEntries);
        return values.Any(string.IsNullOrEmpty) ? (null, $"{name} has an empty value; separate values with single commas.")
            : values.Length > MaxValues ? (null, $"{name} has more than {MaxValues} values.")
            : values.Any(v => v.Length > MaxValueLength) ? (null, $"{name} has a value longer than {MaxValueLength} characters.")
            : (values.Distinct(StringComparer.Ordinal).ToArray(), null);
    }

    private static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    private static string DateProblem(string name) =>
        $"{name} must be an ISO-8601 date-time such as 2024-01-31T12:00:00.000Z (encode '+' in an offset as %2B).";
}
