namespace Kombo.Orleans.Testing.Postgres;

/// <summary>A fresh database with the Kombo.Orleans schema applied.</summary>
public sealed class MigratedPostgresDatabase(PostgresServer server) : PostgresDatabase(server)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (IsAvailable)
        {
            await MigrateAsync();
        }
    }
}
