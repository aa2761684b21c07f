using Kombo.Orleans.Storage;
using Npgsql;

namespace Kombo.Orleans.Tests.Storage;

public sealed class PostgresConnectionStringsTests
{
    [Fact]
    public void A_connection_string_without_a_pool_cap_gets_the_default_cap_and_an_application_name()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults("Host=db;Username=kombo"));

        Assert.Equal(PostgresConnectionStrings.DefaultMaxPoolSize, result.MaxPoolSize);
        Assert.Equal("kombo-orleans", result.ApplicationName);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=7")]
    [InlineData("Host=db;MaxPoolSize=7")]
    public void A_pool_cap_in_the_connection_string_is_kept(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults(connectionString));

        Assert.Equal(7, result.MaxPoolSize);
    }

    [Fact]
    public void A_configured_pool_cap_wins_over_the_connection_string()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults("Host=db;Maximum Pool Size=7", maxPoolSize: 3));

        Assert.Equal(3, result.MaxPoolSize);
    }
}
