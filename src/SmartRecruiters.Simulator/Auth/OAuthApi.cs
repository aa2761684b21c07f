using System.Text;
using System.Text.Json.Serialization;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Auth;

/// <summary>
/// <c>POST /identity/oauth/token</c>: the client-credentials grant, client authenticated by form
/// fields (client_secret_post) or by HTTP Basic (client_secret_basic). Errors follow RFC 6749 §5.2.
/// </summary>
public static class OAuthApi
{
    public static IEndpointRouteBuilder MapOAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/identity/oauth/token", IssueAsync)
            .Sr(new SrOperation(null) { Public = true })
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> IssueAsync(HttpContext context, AccountRegistry accounts, TokenStore tokens, SimulatorOptions options)
    {
        if (!context.Request.HasFormContentType)
        {
            return TokenError(StatusCodes.Status400BadRequest, "invalid_request", "Send application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return TokenError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only client_credentials is supported.");
        }

        var (clientId, clientSecret) = ClientOf(context, form);
        if (clientId is null || clientSecret is null)
        {
            return TokenError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed.");
        }

        if (accounts.FindByClientId(clientId) is not { } found || found.Credential.ClientSecret != clientSecret)
        {
            return TokenError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed.");
        }

        var token = tokens.Issue(found.Account, found.Credential, options.TokenLifetime);
        return TypedResults.Json(new TokenResponse(token.AccessToken, "bearer", (int)options.TokenLifetime.TotalSeconds), SimJson.Options);
    }

    private static (string? ClientId, string? ClientSecret) ClientOf(HttpContext context, IFormCollection form)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var separator = decoded.IndexOf(':', StringComparison.Ordinal);
                if (separator > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..separator]), Uri.UnescapeDataString(decoded[(separator + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].FirstOrDefault(), form["client_secret"].FirstOrDefault());
    }

    private static IResult TokenError(int status, string error, string description) =>
        TypedResults.Json(new TokenError(error, description), SimJson.Options, statusCode: status);
}

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
