using Kombo.Orleans.Storage;
using Kombo.Orleans.Storage.Schema;
using Npgsql;

namespace Kombo.Orleans.Silo.Commands;

/// <summary><c>migrate</c>: applies the Kombo.Orleans schema to <c>ConnectionStrings__Postgres</c> and exits.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync("migrate: set ConnectionStrings__Postgres (or --ConnectionStrings:Postgres \"Host=…\") to the database to migrate.");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionStrings.WithDefaults(connectionString, maxPoolSize: 2, "kombo-orleans-migrate"));
        try
        {
            var result = await new SchemaMigrator(dataSource).MigrateAsync();
            foreach (var migration in result.Applied)
            {
                await output.WriteLineAsync($"applied {migration.Version:D4}_{migration.Name}");
            }

            await output.WriteLineAsync(result.ChangedAnything
                ? $"schema is at version {result.CurrentVersion}"
                : $"schema already at version {result.CurrentVersion}; nothing to do");
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or SchemaDriftException)
        {
            await error.WriteLineAsync($"migrate failed: {ex.Message}");
            return 1;
        }
    }
}
