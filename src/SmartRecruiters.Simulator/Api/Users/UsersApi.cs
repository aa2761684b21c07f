using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Api.Users;

/// <summary>Users API v201804: <c>/user-api/v201804/users</c>, <c>/users/{id}</c>, <c>/system-roles</c>.</summary>
public static class UsersApi
{
    private const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/user-api/v201804");
        users.MapGet("/users", List).Sr(Scopes.UsersRead);
        users.MapGet("/users/{id}", Get).Sr(Scopes.UsersRead);
        users.MapGet("/system-roles", SystemRoles).Sr(Scopes.UsersRead);
        return app;
    }

    private static IResult List(HttpContext context, SimulatorOptions options)
    {
        var account = SimCaller.Required(context).Account;
        if (!Query.TryLimit(context, MaxLimit, MaxLimit, out var limit, out var error)
            || !Query.TryDateTime(context, "updatedAfter", out var updatedAfter, out error))
        {
            return error!;
        }

        var q = context.Request.Query["q"].ToString();
        var pageId = context.Request.Query["pageId"].ToString();
        lock (account.Sync)
        {
            // Users page in id order; the cursor is the id of the next page's first user, as observed.
            var matching = account.Users
                .Where(u => updatedAfter is null || u.UpdatedOn >= updatedAfter)
                .Where(u => q.Length == 0 || Matches(u.FirstName, q) || Matches(u.LastName, q) || Matches(u.Email, q))
                .OrderBy(u => u.Id, StringComparer.Ordinal)
                .ToList();
            var start = 0;
            if (pageId.Length > 0)
            {
                start = matching.FindIndex(u => u.Id == pageId);
                if (start < 0)
                {
                    return SrErrors.BadRequest("INVALID_PAGE_ID", "Invalid page id.");
                }
            }

            var page = matching.Skip(start).Take(limit).Select(u => UserDto.From(u, account.Configuration)).ToList();
            var next = start + limit < matching.Count ? matching[start + limit].Id : null;
            return Respond.Json(context, new ListPage<UserDto>(limit, null, PageCursor.Next(next, options.Behaviour.LastPageMarker), null, page));
        }
    }

    private static IResult Get(HttpContext context, string id)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.UsersById.TryGetValue(id, out var user)
                ? Respond.Json(context, UserDto.From(user, account.Configuration))
                : SrErrors.NotFound("USER_NOT_FOUND", "User not found.");
        }
    }

    private static IResult SystemRoles(HttpContext context)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return Respond.Json(context, new ContentList<SystemRoleDto>(
                account.Configuration.SystemRoles.Select(r => new SystemRoleDto(r.Id, r.Label)).ToList()));
        }
    }

    private static bool Matches(string? value, string q) => value?.Contains(q, StringComparison.OrdinalIgnoreCase) == true;
}
