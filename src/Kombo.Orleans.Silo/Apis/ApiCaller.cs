using Kombo.Orleans.Abstractions.Tenants;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>The authenticated tenant of the current request, put there by <see cref="ApiKeyAuthenticationFilter"/>.</summary>
internal static class ApiCaller
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, TenantAccess access) => context.Items[Key] = access;

    /// <summary>The caller's access; every <c>/v1</c> endpoint runs behind the filter, so it is always there.</summary>
    public static TenantAccess Get(HttpContext context) =>
        context.Items[Key] as TenantAccess ?? throw new InvalidOperationException("The endpoint runs without API key authentication.");
}
