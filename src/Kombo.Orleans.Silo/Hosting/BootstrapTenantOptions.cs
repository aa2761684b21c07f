namespace Kombo.Orleans.Silo.Hosting;

/// <summary>The tenant created at startup so a fresh host can be called at once (<c>Kombo:Bootstrap</c>).</summary>
internal sealed class BootstrapTenantOptions
{
    public const string SectionName = "Kombo:Bootstrap";

    public const string EnvironmentVariable = "KOMBO_BOOTSTRAP_API_KEY";

    public const string EmbeddedDefaultKey = "dev-key";

    /// <summary>
    /// The bootstrap tenant's key. Embedded default: <c>dev-key</c> unless set. With PostgreSQL no tenant is
    /// bootstrapped unless a key is set (use <c>tenants create</c>).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The key from configuration, else the environment variable, else the mode's default (null: no bootstrap).</summary>
    public static string? Resolve(IConfiguration configuration, StorageMode mode)
    {
        var configured = configuration.GetSection(SectionName).Get<BootstrapTenantOptions>()?.ApiKey
            ?? configuration[EnvironmentVariable];
        return !string.IsNullOrEmpty(configured) ? configured
            : mode == StorageMode.Embedded ? EmbeddedDefaultKey
            : null;
    }
}
