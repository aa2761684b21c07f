using System.Text;
using Kombo.Orleans.Storage.Records;
using Kombo.Orleans.Storage.Records.Postgres;
using Kombo.Orleans.Testing.Postgres;
using Kombo.Orleans.Testing.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Orleans.IntegrationTests.Hosting;

public sealed class RecordStoreRegistrationTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    [Fact]
    public async Task A_host_with_a_connection_string_keeps_records_in_its_PostgreSQL_database()
    {
        database.Require();
        var settings = new SiloSettings { PostgresConnectionString = database.ConnectionString };
        await using var silo = await RunningSilo.StartAsync(settings, TestContext.Current.CancellationToken);
        var scope = new RecordScope("registration-" + Guid.NewGuid().ToString("N"), "candidates");

        var store = silo.Services.GetRequiredService<IRecordStore>();
        await store.CommitAsync(
            new RecordCommit(scope, [new RecordWrite("c-1", "sr-1", Encoding.UTF8.GetBytes("""{"first_name":"Ada"}"""))], DateTimeOffset.UtcNow, 1),
            TestContext.Current.CancellationToken);

        Assert.IsType<PostgresRecordStore>(store);
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM kombo_record WHERE integration_id = @integration", ("integration", scope.IntegrationId)));
    }
}
