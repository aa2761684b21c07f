using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Orleans.SmartRecruiters;

public static class SmartRecruitersServiceCollectionExtensions
{
    /// <summary>The connector with process-wide budgets (one per credential).</summary>
    public static IServiceCollection AddSmartRecruitersConnector(this IServiceCollection services)
    {
        // Retries and timeouts are the resilience pipeline's; the HttpClient itself never times out.
        services.AddHttpClient(SmartRecruitersClientFactory.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<RequestBudgets>(sp => new RequestBudgets(time: sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => new SmartRecruitersClientFactory(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<RequestBudgets>().For, sp.GetService<TimeProvider>()));
        return services;
    }
}
