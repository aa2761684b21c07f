using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>
/// Accepts <c>X-SmartToken</c> (API keys) or <c>Authorization: Bearer</c> (OAuth tokens) on every
/// SmartRecruiters endpoint; anything else is 401. Public endpoints (token, postings) and the
/// control API pass through.
/// </summary>
public sealed class AuthenticationMiddleware(RequestDelegate next, AccountRegistry accounts, TokenStore tokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SimEndpoints.RequiresCredential(context))
        {
            await next(context);
            return;
        }

        if (context.Request.Headers.TryGetValue("X-SmartToken", out var apiKey) && apiKey.ToString() is { Length: > 0 } key)
        {
            if (accounts.FindByApiKey(key) is not { } found)
            {
                await SrErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Invalid API key.");
                return;
            }

            new SimCaller(found.Account, found.Credential).AttachTo(context);
            await next(context);
            return;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            switch (tokens.Find(authorization["Bearer ".Length..].Trim(), out var token))
            {
                case TokenLookup.Valid:
                    new SimCaller(token!.Account, token.Credential).AttachTo(context);
                    await next(context);
                    return;
                case TokenLookup.Expired:
                    await SrErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "TOKEN_EXPIRED", "The access token expired.");
                    return;
                default:
                    await SrErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Invalid access token.");
                    return;
            }
        }

        await SrErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Missing credentials: send X-SmartToken or Authorization: Bearer.");
    }
}
