using Npgsql;

namespace Kombo.Orleans.Storage;

/// <summary>Connection-string defaults every Kombo.Orleans process applies.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>
    /// Per-process pool cap used when the connection string names none. Npgsql's own default (100)
    /// equals PostgreSQL's default max_connections, so two silos could exhaust the server.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    public static string WithDefaults(string connectionString, int? maxPoolSize = null, string applicationName = "kombo-orleans")
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (maxPoolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }
        else if (!NamesPoolCap(connectionString))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = applicationName;
        }

        return builder.ConnectionString;
    }

    // Npgsql's builder reports every known keyword as present, so read what the caller actually wrote.
    private static bool NamesPoolCap(string connectionString)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return written.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .Any(key => key.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                        || key.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
    }
}
