namespace Kombo.Orleans.Testing.Silos;

/// <summary>How a test silo is started: free ports by default, PostgreSQL when a connection string is given.</summary>
public sealed record SiloSettings
{
    public string ClusterId { get; init; } = "test-" + Guid.NewGuid().ToString("N")[..8];

    public string ServiceId { get; init; } = "kombo-orleans-test";

    public int SiloPort { get; init; } = FreePorts.Next();

    public int GatewayPort { get; init; } = FreePorts.Next();

    public string? PostgresConnectionString { get; init; }

    /// <summary>Whether the embedded host connects and syncs its demo integration (off unless a test is about it).</summary>
    public bool DemoIntegration { get; init; }

    /// <summary>Every silo of a test cluster shares one credential key, as a real deployment's silos must.</summary>
    public string CredentialKey { get; init; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Further <c>--key value</c> pairs.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

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
            "--Kombo:Demo:Enabled", DemoIntegration ? "true" : "false",
            "--Kombo:Credentials:CurrentKeyId", "test",
            "--Kombo:Credentials:Keys:test", CredentialKey,
        };
        foreach (var (key, value) in Extra)
        {
            args.AddRange(["--" + key, value]);
        }

        if (PostgresConnectionString is { } connectionString)
        {
            args.AddRange(["--ConnectionStrings:Postgres", connectionString, "--Silo:PostgresMaxPoolSize", "8"]);
        }

        return [.. args];
    }
}
