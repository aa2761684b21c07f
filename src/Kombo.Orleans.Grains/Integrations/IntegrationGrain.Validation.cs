using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Sync;

namespace Kombo.Orleans.Grains.Integrations;

public sealed partial class IntegrationGrain
{
    private static void Validate(Uri baseUrl)
    {
        if (baseUrl is not { IsAbsoluteUri: true } || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The base URL must be an absolute http(s) URL.");
        }
    }

    private static void Validate(IntegrationCredentials credentials)
    {
        var problem = credentials is null ? "Credentials are required." : credentials.Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }
    }

    private void Validate(SyncSchedule schedule)
    {
        if (schedule.Validate() is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (schedule.DeltaInterval < options.Value.MinimumInterval)
        {
            throw new ArgumentException($"Sync intervals are at least {options.Value.MinimumInterval}.");
        }
    }

    private static void Validate(ScopeConfig scope)
    {
        var unknown = scope.DisabledModels.Concat(scope.DisabledFields.Keys).Where(m => ScopeModels.Scope(m) is null).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown models in the scope config: {string.Join(", ", unknown)}. Known: {string.Join(", ", ScopeModels.All.Order(StringComparer.Ordinal))}.");
        }
    }
}
