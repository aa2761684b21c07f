namespace Kombo.Orleans.SmartRecruiters.Tests.Client;

using Kombo.Orleans.SmartRecruiters.Auth;
using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using global::SmartRecruiters.Simulator.Hosting;
using global::SmartRecruiters.Simulator.Options;

/// <summary>A simulator on a loopback port and connector pieces pointed at it, for one test.</summary>
public sealed class SimulatedAccount : IAsyncDisposable
{
    private readonly List<IDisposable> _owned = [];

    private SimulatedAccount(InProcessSimulator simulator) => Simulator = simulator;

    public InProcessSimulator Simulator { get; }

    public string AccountId => Simulator.Accounts.Accounts[0].Identifier;

    public static async Task<SimulatedAccount> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { Candidates = 60, Seed = 11 };
        configure?.Invoke(options);
        return new SimulatedAccount(await InProcessSimulator.StartAsync(options, cancellationToken: TestContext.Current.CancellationToken));
    }

    public SmartRecruitersConnection ApiKeyConnection(Func<SmartRecruitersConnection, SmartRecruitersConnection>? tune = null)
    {
        var connection = new SmartRecruitersConnection(Simulator.BaseAddress, SmartRecruitersCredentials.FromApiKey(Simulator.ApiKey))
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            MaxRetries = 8,
        };
        return tune?.Invoke(connection) ?? connection;
    }

    public SmartRecruitersConnection OAuthConnection(Func<SmartRecruitersConnection, SmartRecruitersConnection>? tune = null)
    {
        var credential = Simulator.Accounts.Accounts[0].Credentials.First(c => c.ClientId is not null);
        var connection = new SmartRecruitersConnection(Simulator.BaseAddress, SmartRecruitersCredentials.FromOAuthClient(credential.ClientId!, credential.ClientSecret!))
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            MaxRetries = 8,
        };
        return tune?.Invoke(connection) ?? connection;
    }

    /// <summary>The low-level executor for a connection, with its own budget unless one is given.</summary>
    public SmartRecruitersHttp Http(SmartRecruitersConnection connection, IRequestBudget? budget = null, ISmartRecruitersAuthenticator? auth = null)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _owned.Add(http);
        auth ??= Authenticator(connection, http);
        return new SmartRecruitersHttp(http, connection, auth, budget ?? new LocalRequestBudget());
    }

    public ISmartRecruitersAuthenticator Authenticator(SmartRecruitersConnection connection, HttpClient? http = null)
    {
        if (!connection.Credentials.IsOAuth)
        {
            return new ApiKeyAuthenticator(connection.Credentials.ApiKey!);
        }

        var client = http ?? new HttpClient();
        _owned.Add(client);
        var oauth = new OAuthClientCredentialsAuthenticator(client, connection, TimeProvider.System);
        _owned.Add(oauth);
        return oauth;
    }

    public SimulatorTraffic Traffic => new(Simulator.Traffic.For(AccountId));

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Simulator.DisposeAsync();
    }
}

/// <summary>What the simulator counted for the account.</summary>
public sealed record SimulatorTraffic(global::SmartRecruiters.Simulator.Diagnostics.AccountTraffic Source)
{
    public long Requests => Source.Endpoints.Values.Sum(e => e.Requests);

    public long RateLimited => Source.Endpoints.Values.Sum(e => e.RateLimited);

    public long Injected => Source.Endpoints.Values.Sum(e => e.Injected);
}
