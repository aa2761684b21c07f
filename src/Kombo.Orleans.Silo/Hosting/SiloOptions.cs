using System.ComponentModel.DataAnnotations;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>
/// How this silo joins its cluster, bound from the <c>Silo</c> configuration section
/// (e.g. <c>Silo__ClusterId</c>, <c>--Silo:InstanceId 1</c>).
/// </summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>
    /// Scopes grain state and reminders. It must never change for a deployment's lifetime:
    /// rows written under another ServiceId are invisible.
    /// </summary>
    [Required]
    public string ServiceId { get; set; } = "kombo-orleans";

    /// <summary>Separates clusters that share a database (e.g. blue/green, or test runs).</summary>
    [Required]
    public string ClusterId { get; set; } = "kombo";

    /// <summary>Silo-to-silo port, before <see cref="InstanceId"/> is added.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port, before <see cref="InstanceId"/> is added.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Offsets both ports so several silos run on one machine: instance 1 listens on 11112/30001.
    /// </summary>
    [Range(0, 1000)]
    public int InstanceId { get; set; }

    /// <summary>
    /// The address other silos and clients reach this silo at. Unset: loopback in the embedded
    /// default, the host's first address with PostgreSQL clustering.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Cap on this process's PostgreSQL connections, unless the connection string sets one.</summary>
    [Range(1, 1000)]
    public int? PostgresMaxPoolSize { get; set; }

    /// <summary>How long a stopping silo may take to hand off its grains and leave the cluster.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int EffectiveSiloPort => SiloPort + InstanceId;

    public int EffectiveGatewayPort => GatewayPort + InstanceId;
}
