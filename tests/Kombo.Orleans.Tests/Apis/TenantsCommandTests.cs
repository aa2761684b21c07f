namespace Kombo.Orleans.Tests.Apis;

using System.Net;
using System.Globalization;
using Kombo.Orleans.Silo.Commands;
using Kombo.Orleans.Testing;
using Kombo.Orleans.Testing.Api;
using Kombo.Orleans.Testing.Silos;

public sealed class TenantsCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tenants_create_prints_a_key_once_that_authenticates_and_refuses_a_second_create()
    {
        var settings = new SiloSettings();
        await using var host = await ApiHost.StartAsync(settings, Ct);
        string[] args = ["--Silo:GatewayPort", settings.GatewayPort.ToString(CultureInfo.InvariantCulture), "--Silo:ClusterId", settings.ClusterId, "--Silo:ServiceId", settings.ServiceId];
        var output = new StringWriter();
        var error = new StringWriter();

        var created = await TenantsCommand.RunAsync(["create", "globex", .. args], output, error, Ct);
        var again = await TenantsCommand.RunAsync(["create", "globex", .. args], new StringWriter(), error, Ct);

        Assert.Equal(0, created);
        Assert.Equal(1, again);
        Assert.Contains("already exists", error.ToString());
        var key = output.ToString().Split('\n').Single(l => l.StartsWith("api key", StringComparison.Ordinal)).Split(": ")[1].Trim();
        var data = await ApiAssert.SuccessAsync(await host.Client(key).GetAsync("/v1/check-api-key", Ct));
        Assert.Equal("globex", data.GetProperty("tenant_id").GetString());
        Assert.Single((await host.Grains.GetGrain<Kombo.Orleans.Abstractions.Tenants.ITenantGrain>("tenant:globex").GetInfo())!.KeyIds);
    }

    [Fact]
    public async Task Tenants_create_rejects_bad_names_and_a_cluster_that_is_not_there()
    {
        var error = new StringWriter();

        var badName = await TenantsCommand.RunAsync(["create", "Not Valid"], new StringWriter(), error, Ct);
        var usage = await TenantsCommand.RunAsync(["delete", "x"], new StringWriter(), error, Ct);
        var noCluster = await TenantsCommand.RunAsync(
            ["create", "nobody", "--Silo:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture), "--Silo:ClusterId", "absent"], new StringWriter(), error, Ct);

        Assert.Equal(2, badName);
        Assert.Equal(2, usage);
        Assert.Equal(1, noCluster);
        Assert.Contains("Start the host first", error.ToString());
    }
}
