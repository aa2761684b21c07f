using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.SmartRecruiters.Client;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>Where and as whom a model sync calls SmartRecruiters (decrypted in memory only; <see cref="ToString"/> hides the secret).</summary>
[GenerateSerializer, Immutable, Alias("kombo.engine.connection")]
public sealed record SyncConnection(
    [property: Id(0)] Uri BaseUrl,
    [property: Id(1)] IntegrationCredentials Credentials,
    [property: Id(2)] string? CompanyIdentifier)
{
    /// <summary>The credentials as the connector takes them (whose <see cref="SmartRecruitersCredentials.BudgetKey"/> names the budget).</summary>
    public SmartRecruitersCredentials ConnectorCredentials() => Credentials.ClientId is { } clientId
        ? SmartRecruitersCredentials.FromOAuthClient(clientId, Credentials.ClientSecret!)
        : SmartRecruitersCredentials.FromApiKey(Credentials.ApiKey!);

    public override string ToString() => $"{BaseUrl} with {Credentials}";
}
