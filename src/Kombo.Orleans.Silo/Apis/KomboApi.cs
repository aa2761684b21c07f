using Kombo.Orleans.Client;
using Kombo.Orleans.Silo.Apis.OpenApi;
using Kombo.Orleans.Silo.Hosting;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>Registers and maps the Kombo-compatible REST API under <c>/v1</c>.</summary>
internal static class KomboApi
{
    public static WebApplicationBuilder AddKomboApi(this WebApplicationBuilder builder, StorageMode mode)
    {
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.SectionName));
        builder.Services.AddSingleton(new BaseUrlPolicy.Defaults(mode == StorageMode.Embedded ? ["127.0.0.1", "localhost", "[::1]"] : []));
        builder.Services.AddSingleton<BaseUrlPolicy>();
        builder.Services.AddSingleton<WebhookUrlPolicy>();
        builder.Services.AddSingleton<TenantRateLimiter>();
        builder.Services.AddSingleton<ApiKeyAuthenticationFilter>();
        builder.Services.AddSingleton(sp => new KomboClient(sp.GetRequiredService<IClusterClient>()));
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddKomboOpenApi();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = ApiErrorHandling.KestrelMaxHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = 2 * ApiErrorHandling.MaxHeaderCount;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        return builder;
    }

    public static WebApplication MapKomboApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/v1").AddEndpointFilter<ApiKeyAuthenticationFilter>();
        v1.MapGet("/check-api-key", (HttpContext context) =>
            TypedResults.Ok(new Success<CheckApiKeyResponse>(new CheckApiKeyResponse(ApiCaller.Get(context).TenantId))))
            .Describe("CheckApiKey", "Check the API key", ApiTags.Platform, "Answers with the tenant the key belongs to.");
        v1.MapIntegrationsApi();
        v1.MapForceSyncApi();
        v1.MapAtsApi();
        v1.MapWebhooksApi();
        app.MapKomboOpenApi();
        return app;
    }

    /// <summary>Kombo answers with the environment; here the tenant the key belongs to.</summary>
    internal sealed record CheckApiKeyResponse(string TenantId);
}
