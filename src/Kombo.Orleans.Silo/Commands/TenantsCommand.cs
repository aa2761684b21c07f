using Kombo.Orleans.Abstractions.Tenants;
using Kombo.Orleans.Silo.Hosting;
using Orleans.Configuration;
using SiloOptions = Kombo.Orleans.Silo.Hosting.SiloOptions;

namespace Kombo.Orleans.Silo.Commands;

/// <summary>
/// <c>tenants create NAME</c>: creates a tenant in a running cluster and prints its first API key, once.
/// It joins the cluster as an Orleans client through a silo's gateway (the running silo holds the state, so
/// this works for the embedded default's in-memory storage as well as for PostgreSQL): the same
/// <c>Silo:*</c> settings and connection string as the silos, e.g. <c>--Silo:GatewayPort 30000</c>.
/// </summary>
internal static class TenantsCommand
{
    public const string Name = "tenants";

    private const string Usage = "usage: tenants create NAME [--Silo:GatewayPort 30000] [--Silo:ClusterId kombo] [--ConnectionStrings:Postgres \"Host=…\"]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args is not ["create", var tenantId, .. var rest])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (TenantIds.Validate(tenantId) is { } problem)
        {
            await error.WriteLineAsync($"tenants create: {problem}");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(rest)
            .Build();
        var options = configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        var connectionString = configuration.GetConnectionString("Postgres");

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = options.ServiceId;
                o.ClusterId = options.ClusterId;
            });
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                client.UseLocalhostClustering(options.EffectiveGatewayPort, options.ServiceId, options.ClusterId);
            }
            else
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
            }

            // Fail fast when no silo runs instead of retrying for minutes.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        using var host = builder.Build();
        try
        {
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connect.CancelAfter(TimeSpan.FromSeconds(30));
            await host.StartAsync(connect.Token);
        }
        catch (Exception ex) when (ex is OrleansException or OperationCanceledException or SiloUnavailableException or TimeoutException)
        {
            await error.WriteLineAsync($"tenants create: no silo of cluster '{options.ClusterId}' answered ({ex.Message}). Start the host first.");
            return 1;
        }

        try
        {
            var tenant = host.Services.GetRequiredService<IClusterClient>().Grain(tenantId);
            await tenant.Create(tenantId);
            var key = await tenant.IssueApiKey();
            await output.WriteLineAsync($"tenant: {key.TenantId}");
            await output.WriteLineAsync($"api key (shown once, store it now): {key.Key}");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"tenants create: {ex.Message}");
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
