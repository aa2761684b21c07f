namespace Kombo.Orleans.Abstractions.Tenants;

/// <summary>Tenant ids (lower-case letters, digits and dashes) and the grain keys they live under.</summary>
public static class TenantIds
{
    public const int MaxLength = 63;

    /// <summary>The tenant the embedded default creates at startup (and that owns the demo integration).</summary>
    public const string Bootstrap = "default";

    // A prefix keeps every key non-numeric for Orleans' ADO.NET storage whatever the tenant's name.
    private const string GrainPrefix = "tenant:";

    /// <summary>Why <paramref name="id"/> cannot be a tenant id (null when it can).</summary>
    public static string? Validate(string? id) =>
        string.IsNullOrEmpty(id) ? "A tenant name is required."
        : id.Length > MaxLength ? $"A tenant name has at most {MaxLength} characters."
        : !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || id[0] == '-'
            ? "A tenant name has lower-case letters, digits and dashes only, and starts with a letter or digit."
        : null;

    public static string GrainKey(string tenantId) => GrainPrefix + tenantId;

    public static string FromGrainKey(string grainKey) =>
        grainKey.StartsWith(GrainPrefix, StringComparison.Ordinal) ? grainKey[GrainPrefix.Length..] : grainKey;

    public static ITenantGrain Grain(this IGrainFactory grains, string tenantId) => grains.GetGrain<ITenantGrain>(GrainKey(tenantId));
}
