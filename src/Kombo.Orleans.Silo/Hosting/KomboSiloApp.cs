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
        builder.AddKomboApi(mode);
        if (BootstrapTenantOptions.Resolve(builder.Configuration, mode) is { } bootstrapKey)
        {
            // Registered after the silo's hosted service, so it starts once the silo is active.
            builder.Services.AddSingleton(new BootstrapTenantService.Key(bootstrapKey));
            builder.Services.AddHostedService<BootstrapTenantService>();
        }

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
        app.UseApiErrorHandling();
        app.UseRouting();
        app.MapHealthApi();
        app.MapKomboApi();
        app.MapOrleansDashboard("/dashboard");
        app.Logger.LogInformation("Kombo.Orleans silo starting in {Mode} mode", mode);
        return app;
    }
}
