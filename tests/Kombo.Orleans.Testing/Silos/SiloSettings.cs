namespace Kombo.Orleans.Testing.Silos;

/// <summary>How a test silo is started: free ports by default, PostgreSQL when a connection string is given.</summary>
public sealed record SiloSettings
{
    public string ClusterId { get; init; } = "test-" + Guid.NewGuid().ToString("N")[..8];

    public string ServiceId { get; init; } = "kombo-orleans-test";

    public int SiloPort { get; init; } = FreePorts.Next();

    public int GatewayPort { get; init; } = FreePorts.Next();

    public string? PostgresConnectionString { get; init; }

    /// <summary>A new silo of the same cluster and service, on ports of its own.</summary>
    public SiloSettings Sibling() => this with { SiloPort = FreePorts.Next(), GatewayPort = FreePorts.Next() };

    public string[] ToArgs()
    {
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--Silo:ClusterId", ClusterId,
            "--Silo:ServiceId", ServiceId,
            "--Silo:SiloPort", SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Silo:GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Silo:AdvertisedAddress", "127.0.0.1",
            "--Silo:ShutdownTimeout", "00:00:20",
            "--Simulator:Url", "http://127.0.0.1:0",
            "--Simulator:Candidates", "50",
        };
        if (PostgresConnectionString is { } connectionString)
        {
            args.AddRange(["--ConnectionStrings:Postgres", connectionString, "--Silo:PostgresMaxPoolSize", "8"]);
        }

        return [.. args];
    }
}
