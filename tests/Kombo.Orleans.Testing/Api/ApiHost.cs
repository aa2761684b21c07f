using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Testing.Silos;

namespace Kombo.Orleans.Testing.Api;

/// <summary>The embedded host started in-process, with HTTP clients for its REST API under a tenant's key.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    /// <summary>The embedded default's bootstrap key (<c>Kombo:Bootstrap:ApiKey</c> unset).</summary>
    public const string BootstrapKey = "dev-key";

    private readonly List<HttpClient> _clients = [];

    private ApiHost(RunningSilo silo) => Silo = silo;

    public RunningSilo Silo { get; }

    public IGrainFactory Grains => Silo.Grains;

    public static async Task<ApiHost> StartAsync(SiloSettings? settings = null, CancellationToken cancellationToken = default) =>
        new(await RunningSilo.StartAsync(settings ?? new SiloSettings(), cancellationToken));

    /// <summary>A client that sends <paramref name="apiKey"/> (none when null) and, when given, <c>X-Integration-Id</c>.</summary>
    public HttpClient Client(string? apiKey = BootstrapKey, string? integrationId = null)
    {
        var client = new HttpClient { BaseAddress = Silo.BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        if (integrationId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        }

        _clients.Add(client);
        return client;
    }

    /// <summary>A second tenant with a key of its own, made through the grains (as <c>tenants create</c> does).</summary>
    public async Task<IssuedApiKey> CreateTenantAsync(string tenantId)
    {
        var tenant = Grains.Grain(tenantId);
        await tenant.Create(tenantId);
        return await tenant.IssueApiKey();
    }

    /// <summary>Connects an integration through <c>POST /v1/integrations</c> and returns its id.</summary>
    public async Task<string> CreateIntegrationAsync(HttpClient client, Uri baseUrl, object? scopeConfig = null, string apiKey = "sr-test-key")
    {
        using var response = await client.PostAsJsonAsync("/v1/integrations", new Dictionary<string, object?>
        {
            ["tool"] = "smartrecruiters",
            ["credentials"] = new Dictionary<string, string> { ["api_key"] = apiKey },
            ["base_url"] = baseUrl.AbsoluteUri,
            ["scope_config"] = scopeConfig,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /v1/integrations answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Silo.DisposeAsync();
    }
}
