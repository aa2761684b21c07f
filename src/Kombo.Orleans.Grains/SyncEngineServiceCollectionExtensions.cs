using Kombo.Orleans.Grains.Integrations;
using Kombo.Orleans.Grains.Secrets;
using Kombo.Orleans.Grains.Steps;
using Kombo.Orleans.Grains.Sync;
using Kombo.Orleans.Grains.Webhooks;
using Kombo.Orleans.SmartRecruiters.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kombo.Orleans.Grains;

public static class SyncEngineServiceCollectionExtensions
{
    /// <summary>
    /// The sync engine's services for a silo: the steps of every sync model, engine options (<c>Kombo:Engine</c>),
    /// the SmartRecruiters HTTP client, and credential protection (<c>Kombo:Credentials</c>; a random key only when
    /// <paramref name="allowEphemeralCredentialKey"/>, i.e. in-memory hosts whose state dies with them anyway).
    /// The host registers an <c>IRecordStore</c>.
    /// </summary>
    public static IServiceCollection AddSyncEngine(this IServiceCollection services, IConfiguration configuration, bool allowEphemeralCredentialKey)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EngineOptions>().Bind(configuration.GetSection(EngineOptions.SectionName));

        // Retries and timeouts belong to the connector's resilience pipeline; the HttpClient itself never times out.
        services.AddHttpClient(SmartRecruitersClientFactory.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);

        services.AddSingleton<ISyncStep, UsersStep>();
        services.AddSingleton<ISyncStep, RejectionReasonsStep>();
        services.AddSingleton<ISyncStep, JobsStep>();
        services.AddSingleton<ISyncStep, RolesStep>();
        services.AddSingleton<ISyncStep, CandidatesStep>();
        services.AddSingleton<ISyncStep, TagsStep>();
        services.AddSingleton<ISyncStep, ApplicationStagesStep>();
        services.AddSingleton<SyncStepCatalog>();

        services.AddCredentialProtection(configuration, allowEphemeralCredentialKey);
        services.AddWebhookDelivery(configuration);
        return services;
    }
}
