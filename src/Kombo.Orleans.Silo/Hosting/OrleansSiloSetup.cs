using System.Net;
using Kombo.Orleans.Grains;
using Kombo.Orleans.Storage;
using Kombo.Orleans.Storage.Records;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Configures the Orleans silo of this process for the embedded default or for PostgreSQL.</summary>
internal static class OrleansSiloSetup
{
    private const string AdoNetInvariant = "Npgsql";

    public static StorageMode AddKomboSilo(this WebApplicationBuilder builder, Action<ISiloBuilder>? configureSilo = null)
    {
        var section = builder.Configuration.GetSection(SiloOptions.SectionName);
        builder.Services.AddOptions<SiloOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<SiloOptions>() ?? new SiloOptions();

        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        var mode = string.IsNullOrWhiteSpace(connectionString) ? StorageMode.Embedded : StorageMode.Postgres;

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);

        if (mode == StorageMode.Postgres)
        {
            var dataSource = NpgsqlDataSource.Create(
                PostgresConnectionStrings.WithDefaults(connectionString!, options.PostgresMaxPoolSize, "kombo-orleans-silo"));
            builder.Services.AddSingleton(dataSource);
            builder.Services.AddPostgresRecordStore();
        }
        else
        {
            builder.Services.AddInMemoryRecordStore();
        }

        builder.Services.AddSyncEngine(builder.Configuration, allowEphemeralCredentialKey: mode == StorageMode.Embedded);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = options.ServiceId;
                o.ClusterId = options.ClusterId;
            });

            if (mode == StorageMode.Postgres)
            {
                UsePostgres(silo, options);
            }
            else
            {
                UseEmbedded(silo, options);
            }

            // Kombo:Reminders:MinimumReminderPeriod (Orleans' ReminderOptions; not "Orleans:Reminders", which names providers):
            // Orleans refuses shorter reminder periods (default 1 minute); lowered only where a minute is too long, e.g. watchdog tests.
            silo.Services.Configure<ReminderOptions>(builder.Configuration.GetSection("Kombo:Reminders"));
            silo.AddDashboard(o => o.HideTrace = true);
            configureSilo?.Invoke(silo);
        });

        return mode;
    }

    private static void UseEmbedded(ISiloBuilder silo, SiloOptions options)
    {
        silo.UseLocalhostClustering(
            siloPort: options.EffectiveSiloPort,
            gatewayPort: options.EffectiveGatewayPort,
            serviceId: options.ServiceId,
            clusterId: options.ClusterId);
        if (options.AdvertisedAddress is { } address)
        {
            silo.Configure<EndpointOptions>(o => o.AdvertisedIPAddress = IPAddress.Parse(address));
        }

        silo.AddMemoryGrainStorage(GrainStorageNames.State);
        silo.UseInMemoryReminderService();
    }

    private static void UsePostgres(ISiloBuilder silo, SiloOptions options)
    {
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = options.EffectiveSiloPort;
            o.GatewayPort = options.EffectiveGatewayPort;
            if (options.AdvertisedAddress is { } address)
            {
                o.AdvertisedIPAddress = IPAddress.Parse(address);
            }
        });

        // One Npgsql pool per process, shared by clustering, grain state and reminders.
        silo.UseAdoNetClustering(o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
        {
            c.Invariant = AdoNetInvariant;
            c.DataSource = dataSource;
        }));
        silo.AddAdoNetGrainStorage(GrainStorageNames.State, o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
        {
            c.Invariant = AdoNetInvariant;
            c.DataSource = dataSource;
        }));
        silo.UseAdoNetReminderService(o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
        {
            c.Invariant = AdoNetInvariant;
            c.DataSource = dataSource;
        }));
    }
}
