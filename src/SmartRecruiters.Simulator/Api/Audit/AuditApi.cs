using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Api.Audit;

/// <summary>
/// Audit API v201910: the account's change events, oldest first, cursor-paged by <c>nextPageId</c>
/// (both the request parameter and the response field); the last 7 days when no window is given.
/// Administrators only.
/// </summary>
public static class AuditApi
{
    private const string CursorKind = "audit";

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit-api/v201910/audit-events", List).Sr(new SrOperation(Scopes.AuditEventsRead) { AdminOnly = true });
        return app;
    }

    private static IResult List(HttpContext context, SimulatorOptions options, TimeProvider time)
    {
        if (!Query.TryLimit(context, 10, 100, out var limit, out var error)
            || !Query.TryDateTime(context, "eventDateAfter", out var after, out error)
            || !Query.TryDateTime(context, "eventDateBefore", out var before, out error))
        {
            return error!;
        }

        if (after is null && before is null)
        {
            after = time.GetUtcNow().AddDays(-7);
        }

        long position = 0;
        var pageId = context.Request.Query["nextPageId"].ToString();
        if (pageId.Length > 0 && !Cursor.TryDecode(pageId, CursorKind, out position))
        {
            return SrErrors.BadRequest("INVALID_PAGE_ID", "Invalid page id.");
        }

        var names = Query.Values(context, "eventName");
        var entityTypes = Query.Values(context, "entityType");
        var authorTypes = Query.Values(context, "authorType");
        var entityId = context.Request.Query["entityId"].ToString();
        var authorId = context.Request.Query["authorId"].ToString();
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            var events = account.Audit.Events;
            var page = new List<AuditEventDto>(limit);
            long? next = null;
            for (var i = (int)Math.Min(position, events.Count); i < events.Count; i++)
            {
                var e = events[i];
                if ((after is not null && e.EventDate < after) || (before is not null && e.EventDate >= before)
                    || (names.Length > 0 && !names.Contains(e.EventName)) || (entityTypes.Length > 0 && !entityTypes.Contains(e.EntityType))
                    || (authorTypes.Length > 0 && !authorTypes.Contains(e.AuthorType))
                    || (entityId.Length > 0 && e.EntityId != entityId) || (authorId.Length > 0 && e.AuthorId != authorId))
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    next = i;
                    break;
                }

                page.Add(new AuditEventDto(e.Id, e.EventName, e.EventDate, e.AuthorType, e.AuthorId, e.EntityType, e.EntityId,
                    e.Context.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!)));
            }

            var cursor = next is { } n ? Cursor.Encode(CursorKind, n) : null;
            return Respond.Json(context, new AuditPageDto(PageCursor.Next(cursor, options.Behaviour.LastPageMarker), limit, page));
        }
    }
}

public sealed record AuditPageDto(PageCursor? NextPageId, int Limit, IReadOnlyList<AuditEventDto> Content);

public sealed record AuditEventDto(
    string Id, string EventName, DateTimeOffset EventDate, string AuthorType, string? AuthorId, string EntityType, string EntityId,
    IReadOnlyDictionary<string, string> Context);
