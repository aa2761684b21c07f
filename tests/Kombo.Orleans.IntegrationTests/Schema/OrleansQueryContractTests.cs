using System.Reflection;
using Kombo.Orleans.Testing.Postgres;
using Npgsql;
using Orleans.Runtime.MembershipService;
using Orleans.Configuration;

namespace Kombo.Orleans.IntegrationTests.Schema;

/// <summary>
/// Our SQL against the contract of Orleans' ADO.NET providers: every statement they look up exists,
/// and the statements keep the optimistic-concurrency promises the providers rely on. Statements are
/// run the way the providers run them: the text from OrleansQuery, parameters bound by name.
/// </summary>
public sealed class OrleansQueryContractTests(MigratedPostgresDatabase database) : IClassFixture<MigratedPostgresDatabase>
{
    // AdoNetGrainStorage looks these four up by literal name.
    private static readonly string[] GrainStorageKeys = ["ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey"];

    [Fact]
    public async Task Every_query_the_Orleans_providers_require_is_registered()
    {
        database.Require();
        var required = RequiredKeysOf(typeof(AdoNetClusteringTable).Assembly)
            .Concat(RequiredKeysOf(typeof(AdoNetReminderTableOptions).Assembly))
            .Concat(GrainStorageKeys)
            .ToHashSet();
        Assert.Contains("CleanupDefunctSiloEntriesKey", required);

        var registered = new HashSet<string>();
        await using (var command = database.DataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery"))
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                registered.Add(reader.GetString(0));
            }
        }

        Assert.Empty(required.Except(registered));
    }

    [Fact]
    public async Task Membership_changes_need_the_current_table_version_and_move_it_by_one()
    {
        database.Require();
        var cluster = "contract-" + Guid.NewGuid().ToString("N")[..8];

        Assert.Equal(1, await RunAsync<int>("InsertMembershipVersionKey", ("DeploymentId", cluster)));
        Assert.Equal(0, await RunAsync<int>("InsertMembershipVersionKey", ("DeploymentId", cluster)));

        Assert.Equal(0, await InsertSiloAsync(cluster, generation: 1, tableVersion: 7));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT version FROM orleans_membership_version WHERE deployment_id = @c", ("c", cluster)));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM orleans_membership WHERE deployment_id = @c", ("c", cluster)));

        Assert.Equal(1, await InsertSiloAsync(cluster, generation: 1, tableVersion: 0));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT version FROM orleans_membership_version WHERE deployment_id = @c", ("c", cluster)));

        // The same silo again, even with the right version, is refused and leaves the version alone.
        Assert.Equal(0, await InsertSiloAsync(cluster, generation: 1, tableVersion: 1));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT version FROM orleans_membership_version WHERE deployment_id = @c", ("c", cluster)));

        Assert.Equal(0, await UpdateSiloStatusAsync(cluster, generation: 1, status: 6, tableVersion: 0));
        Assert.Equal(3, await database.ScalarAsync<int>("SELECT status FROM orleans_membership WHERE deployment_id = @c", ("c", cluster)));
        Assert.Equal(1, await UpdateSiloStatusAsync(cluster, generation: 1, status: 6, tableVersion: 1));
        Assert.Equal(6, await database.ScalarAsync<int>("SELECT status FROM orleans_membership WHERE deployment_id = @c", ("c", cluster)));
        Assert.Equal(2, await database.ScalarAsync<int>("SELECT version FROM orleans_membership_version WHERE deployment_id = @c", ("c", cluster)));
    }

    [Fact]
    public async Task Grain_state_writes_need_the_version_they_read()
    {
        database.Require();
        var key = "contract/" + Guid.NewGuid().ToString("N");

        Assert.Equal(1, await WriteStateAsync(key, version: null, payload: [1]));
        Assert.Null(await WriteStateAsync(key, version: null, payload: [2])); // a second "new" row: conflict
        Assert.Equal(2, await WriteStateAsync(key, version: 1, payload: [3]));
        Assert.Null(await WriteStateAsync(key, version: 1, payload: [4])); // stale
        Assert.Equal(new byte[] { 3 }, await database.ScalarAsync<byte[]>(
            "SELECT payload FROM orleans_grain_state WHERE grain_id_extension = @k", ("k", key)));
    }

    private static IEnumerable<string> RequiredKeysOf(Assembly provider)
    {
        var queries = provider.GetTypes().Single(t => t.Name == "DbStoredQueries");
        return queries.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name);
    }

    private Task<int> InsertSiloAsync(string cluster, int generation, int tableVersion) =>
        RunAsync<int>("InsertMembershipKey",
            ("DeploymentId", cluster), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", generation),
            ("SiloName", "silo"), ("HostName", "host"), ("Status", 3), ("ProxyPort", 30000),
            ("StartTime", DateTime.UtcNow), ("IAmAliveTime", DateTime.UtcNow), ("Version", tableVersion));

    private Task<int> UpdateSiloStatusAsync(string cluster, int generation, int status, int tableVersion) =>
        RunAsync<int>("UpdateMembershipKey",
            ("DeploymentId", cluster), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", generation),
            ("Status", status), ("SuspectTimes", DBNull.Value), ("IAmAliveTime", DateTime.UtcNow), ("Version", tableVersion));

    private async Task<int?> WriteStateAsync(string key, int? version, byte[] payload)
    {
        await using var command = await CommandAsync("WriteToStorageKey",
            ("GrainIdHash", key.Length), ("GrainIdN0", 0L), ("GrainIdN1", 0L), ("GrainTypeHash", 42),
            ("GrainTypeString", "contract-state"), ("GrainIdExtensionString", key), ("ServiceId", "contract"),
            ("GrainStateVersion", version is null ? DBNull.Value : version.Value), ("PayloadBinary", payload));
        var result = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return result is null or DBNull ? null : (int)result;
    }

    private async Task<T> RunAsync<T>(string queryKey, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(queryKey, parameters);
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private async Task<NpgsqlCommand> CommandAsync(string queryKey, params (string Name, object Value)[] parameters)
    {
        var text = await database.ScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @k", ("k", queryKey));
        var command = database.DataSource.CreateCommand(text);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }
}
