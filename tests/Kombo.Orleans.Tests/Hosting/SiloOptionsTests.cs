using Kombo.Orleans.Silo.Hosting;

namespace Kombo.Orleans.Tests.Hosting;

public sealed class SiloOptionsTests
{
    [Fact]
    public void Instance_id_offsets_silo_and_gateway_ports_so_silos_share_a_machine()
    {
        var options = new SiloOptions { InstanceId = 2 };

        Assert.Equal(11113, options.EffectiveSiloPort);
        Assert.Equal(30002, options.EffectiveGatewayPort);
    }

    [Fact]
    public void Defaults_keep_a_stable_service_id()
    {
        var options = new SiloOptions();

        Assert.Equal("kombo-orleans", options.ServiceId);
        Assert.Equal("kombo", options.ClusterId);
        Assert.Equal(11111, options.EffectiveSiloPort);
        Assert.Equal(30000, options.EffectiveGatewayPort);
    }
}
