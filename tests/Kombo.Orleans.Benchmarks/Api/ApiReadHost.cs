using System.Globalization;
using Kombo.Orleans.Benchmarks.Engine;
using Kombo.Orleans.Grains.Budget;
using Kombo.Orleans.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// The real host (<see cref="KomboSiloApp"/>: silo, REST API on Kestrel) in this process, in PostgreSQL mode on the
/// benchmark's database, as <c>Program</c> builds it. Changed from the deployed defaults, each for a reason: the
/// per-tenant rate limit is off (the benchmark measures what one silo serves, not the limit), the pool may hold as
/// many connections as the raw SQL side uses, and the engine's request budget is unthrottled for the setup sync
/// against a simulator with its limits off.
/// </summary>
public sealed class ApiReadHost : IAsyncDisposable
{
    public const string ApiKey = "bench-api-read-key";

    private readonly WebApplication _app;

    private ApiReadHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <param name="allowedBaseUrl">The simulator an integration may be connected to (setup only).</param>
    public static async Task<ApiReadHost> StartAsync(string connectionString, int poolSize, Uri? allowedBaseUrl)
    {
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Postgres", connectionString,
            "--Silo:ClusterId", "bench-api-read-" + Guid.NewGuid().ToString("N")[..8],
            "--Silo:ServiceId", "kombo-bench-api-read",
            "--Silo:SiloPort", EngineHost.FreePort().ToString(CultureInfo.InvariantCulture),
            "--Silo:GatewayPort", EngineHost.FreePort().ToString(CultureInfo.InvariantCulture),
            "--Silo:AdvertisedAddress", "127.0.0.1",
            "--Silo:PostgresMaxPoolSize", poolSize.ToString(CultureInfo.InvariantCulture),
            "--Silo:ShutdownTimeout", "00:00:10",
            "--Kombo:Bootstrap:ApiKey", ApiKey,
            "--Kombo:Api:RequestsPerSecond", "0",
            // A fixed key, so the credentials stored by one run decrypt in the next (--reuse).
            "--Kombo:Credentials:CurrentKeyId", "bench",
            "--Kombo:Credentials:Keys:bench", Convert.ToBase64String(new byte[32]),
            "--Logging:LogLevel:Default", "Warning",
        };
        if (allowedBaseUrl is not null)
        {
            args.AddRange(["--Kombo:Api:AllowedBaseUrls:0", allowedBaseUrl.AbsoluteUri]);
        }

        var app = KomboSiloApp.Build([.. args], silo => silo.Services.Configure<ApiBudgetOptions>(o => o.Limits = EngineHost.Unthrottled));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiReadHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
