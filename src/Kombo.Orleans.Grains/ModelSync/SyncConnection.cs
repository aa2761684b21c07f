using Kombo.Orleans.Abstractions.Sync;

namespace Kombo.Orleans.Grains.ModelSync;

/// <summary>Where and as whom a model sync calls SmartRecruiters (decrypted in memory only; <see cref="ToString"/> hides the secret).</summary>
[GenerateSerializer, Immutable, Alias("kombo.engine.connection")]
public sealed record SyncConnection(
    [property: Id(0)] Uri BaseUrl,
    [property: Id(1)] IntegrationCredentials Credentials,
    [property: Id(2)] string? CompanyIdentifier)
{
    public override string ToString() => $"{BaseUrl} with {Credentials}";
}
