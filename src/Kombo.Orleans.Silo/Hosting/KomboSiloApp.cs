using Kombo.Orleans.Silo.Apis;
using Orleans.Dashboard;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Builds the co-hosted silo + HTTP application; <c>Program</c> runs it, tests start it in-process.</summary>
public static class KomboSiloApp
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<ISiloBuilder>? configureSilo = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var mode = builder.AddKomboSilo(configureSilo);
        builder.Services.AddKomboHealthChecks(mode);
        var simulator = builder.Configuration.GetSection(EmbeddedSimulatorOptions.SectionName);
        if (mode == StorageMode.Embedded && simulator.GetValue(nameof(EmbeddedSimulatorOptions.Enabled), true))
        {
            builder.Services.Configure<EmbeddedSimulatorOptions>(simulator);
            builder.Services.AddSingleton<EmbeddedSimulatorService>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedSimulatorService>());
            if (builder.Configuration.GetValue("Kombo:Demo:Enabled", true))
            {
                builder.Services.AddHostedService<DemoIntegrationService>();
            }
        }

        var app = builder.Build();
        app.MapHealthApi();
        app.MapOrleansDashboard("/dashboard");
        app.Logger.LogInformation("Kombo.Orleans silo starting in {Mode} mode", mode);
        return app;
    }
}
