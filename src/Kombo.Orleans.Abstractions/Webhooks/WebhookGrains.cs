namespace Kombo.Orleans.Abstractions.Webhooks;

/// <summary>Where a tenant's webhook grain lives.</summary>
public static class WebhookGrains
{
    // A prefix keeps every key non-numeric for Orleans' ADO.NET storage whatever the tenant's name.
    private const string Prefix = "webhooks:";

    public static string GrainKey(string tenantId) => Prefix + tenantId;

    public static string TenantIdOf(string grainKey) =>
        grainKey.StartsWith(Prefix, StringComparison.Ordinal) ? grainKey[Prefix.Length..] : grainKey;

    public static IWebhookGrain Webhooks(this IGrainFactory grains, string tenantId) => grains.GetGrain<IWebhookGrain>(GrainKey(tenantId));
}
