using Kombo.Orleans.Storage.Records.InMemory;
using Kombo.Orleans.Storage.Records.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kombo.Orleans.Storage.Records;

/// <summary>Registers the process's one <see cref="IRecordStore"/>, as a host picks its storage mode.</summary>
public static class RecordStoreServiceCollectionExtensions
{
    /// <summary>The durable store, on the <see cref="NpgsqlDataSource"/> the host registers (its one pool).</summary>
    public static IServiceCollection AddPostgresRecordStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddSingleton<IRecordStore>(provider => new PostgresRecordStore(provider.GetRequiredService<NpgsqlDataSource>()));
    }

    /// <summary>The in-process store of the embedded default: records live as long as the process.</summary>
    public static IServiceCollection AddInMemoryRecordStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddSingleton<IRecordStore, InMemoryRecordStore>();
    }
}
