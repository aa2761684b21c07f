using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Budget;

namespace Kombo.Orleans.SmartRecruiters.Client;

/// <summary>
/// Builds clients for connections. HttpClients come from <see cref="IHttpClientFactory"/>; budgets
/// from <see cref="IRequestBudget"/> providers, so every client of one credential shares one budget
/// (the process-wide <see cref="RequestBudgets"/> by default, a cluster-wide one in the engine).
/// </summary>
public sealed class SmartRecruitersClientFactory(IHttpClientFactory httpClients, Func<string, IRequestBudget> budgetFor, TimeProvider? time = null)
{
    public const string HttpClientName = "smartrecruiters";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public SmartRecruitersClient Create(SmartRecruitersConnection connection)
    {
        var http = httpClients.CreateClient(HttpClientName);
        ISmartRecruitersAuthenticator auth = connection.Credentials.IsOAuth
            ? new OAuthClientCredentialsAuthenticator(http, connection, _time)
            : new ApiKeyAuthenticator(connection.Credentials.ApiKey!);
        return new SmartRecruitersClient(new SmartRecruitersHttp(http, connection, auth, budgetFor(connection.Credentials.BudgetKey), _time));
    }
}
