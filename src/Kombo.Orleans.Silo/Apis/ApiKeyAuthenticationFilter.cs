using System.Threading.RateLimiting;
using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> → tenant, in two grain calls (key id index, then the tenant, which
/// checks the hash and answers with the integrations it owns); then the tenant's rate limit.
/// </summary>
internal sealed class ApiKeyAuthenticationFilter(IGrainFactory grains, TenantRateLimiter limiter) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return ApiErrors.Unauthenticated("Send your API key as 'Authorization: Bearer <key>'.");
        }

        var key = value[Scheme.Length..].Trim();
        var access = await AuthenticateAsync(key);
        if (access is null)
        {
            return ApiErrors.Unauthenticated("The API key is not valid.");
        }

        using var lease = limiter.Acquire(access.TenantId);
        if (!lease.IsAcquired)
        {
            if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return ApiErrors.Create(StatusCodes.Status429TooManyRequests, ApiErrorCodes.RateLimitExceeded,
                "Too many requests for this API key; retry after the time in Retry-After.");
        }

        ApiCaller.Set(http, access);
        return await next(context);
    }

    private async Task<TenantAccess?> AuthenticateAsync(string key)
    {
        if (ApiKeys.KeyIdOf(key) is not { } keyId)
        {
            return null;
        }

        var tenantId = await grains.Index(keyId).GetTenant();
        return tenantId is null ? null : await grains.Grain(tenantId).Authenticate(keyId, ApiKeys.Hash(key));
    }
}
