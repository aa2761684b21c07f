using Npgsql;

namespace Kombo.Orleans.Testing.Postgres;

/// <summary>
/// The PostgreSQL server of a test assembly (an xUnit assembly fixture): the one named by
/// <c>KOMBO_TEST_POSTGRES</c>, or else a throwaway server started for this run. When neither is
/// possible, PostgreSQL tests are skipped with the reason, except under <c>CI=true</c>, where
/// they fail: CI never passes by skipping them.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionStringVariable = "KOMBO_TEST_POSTGRES";

    private ThrowawayPostgres? _throwaway;

    /// <summary>A connection string to the server's maintenance database, with rights to create databases.</summary>
    public string? AdminConnectionString { get; private set; }

    public string? UnavailableReason { get; private set; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        try
        {
            if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured)
            {
                await using var connection = new NpgsqlConnection(configured);
                await connection.OpenAsync();
                AdminConnectionString = configured;
                return;
            }

            var binDirectory = ThrowawayPostgres.FindBinDirectory(out var whyNot);
            if (binDirectory is null)
            {
                UnavailableReason = whyNot;
                return;
            }

            _throwaway = await ThrowawayPostgres.StartAsync(binDirectory);
            AdminConnectionString = _throwaway.AdminConnectionString;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            UnavailableReason = ex.Message;
        }
    }

    /// <summary>The admin connection string, or the test stops here: skipped locally, failed in CI.</summary>
    public string RequireAdminConnectionString()
    {
        if (AdminConnectionString is { } connectionString)
        {
            return connectionString;
        }

        var reason = $"PostgreSQL is not available: {UnavailableReason}. Set {ConnectionStringVariable} or install PostgreSQL.";
        if (IsCi)
        {
            throw new InvalidOperationException(reason + " CI=true, so PostgreSQL tests fail instead of skipping.");
        }

        Assert.Skip(reason);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_throwaway is not null)
        {
            await _throwaway.DisposeAsync();
        }
    }
}
