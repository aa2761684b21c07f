using Kombo.Orleans.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Kombo.Orleans.Testing.Silos;

/// <summary>
/// The real Kombo.Orleans host (silo, dashboard, health endpoints on Kestrel) started inside the
/// test process on free ports, exactly as <c>Program</c> builds it.
/// </summary>
public sealed class RunningSilo : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private RunningSilo(WebApplication app, SiloSettings settings, Uri baseAddress)
    {
        _app = app;
        Settings = settings;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public SiloSettings Settings { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningSilo> StartAsync(SiloSettings settings, CancellationToken cancellationToken = default)
    {
        var app = KomboSiloApp.Build(settings.ToArgs(), silo =>
        {
            // Tests may not wait a minute for a reminder tick.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSilo(app, settings, new Uri(address));
    }

    /// <summary>A graceful stop, as on SIGTERM: the silo leaves the cluster and deactivates its grains.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await StopAsync();
        await _app.DisposeAsync();
    }
}
