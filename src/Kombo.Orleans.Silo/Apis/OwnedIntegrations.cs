using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Client;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Finds an integration only when the caller's tenant owns it: another tenant's integration and one that does
/// not exist answer the same 404, so ids cannot be probed.
/// </summary>
internal static class OwnedIntegrations
{
    public const string Header = "X-Integration-Id";

    public static async Task<(IntegrationInfo? Info, JsonHttpResult<ErrorEnvelope>? Error)> FindAsync(HttpContext context, KomboClient kombo, string? integrationId)
    {
        var access = ApiCaller.Get(context);
        if (string.IsNullOrEmpty(integrationId) || !access.Owns(integrationId))
        {
            return (null, ApiErrors.IntegrationNotFound(integrationId));
        }

        var info = await kombo.GetIntegrationAsync(integrationId);
        return info is null ? (null, ApiErrors.IntegrationNotFound(integrationId)) : (info, null);
    }

    /// <summary>The integration named by the <c>X-Integration-Id</c> header (category and force-sync endpoints).</summary>
    public static async Task<(IntegrationInfo? Info, JsonHttpResult<ErrorEnvelope>? Error)> FromHeaderAsync(HttpContext context, KomboClient kombo)
    {
        var values = context.Request.Headers[Header];
        return values.Count switch
        {
            0 => (null, ApiErrors.InputInvalid($"The {Header} header is required.")),
            > 1 => (null, ApiErrors.InputInvalid($"Send the {Header} header once.")),
            _ => await FindAsync(context, kombo, values[0]),
        };
    }
}
