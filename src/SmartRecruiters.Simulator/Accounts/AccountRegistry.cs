using System.Collections.Concurrent;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data;
using SmartRecruiters.Simulator.Data.Generation;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Accounts;

/// <summary>All simulated companies and the credentials that reach them.</summary>
public sealed class AccountRegistry
{
    private readonly ConcurrentDictionary<string, SimAccount> _byIdentifier = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (SimAccount, SimCredential)> _byApiKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (SimAccount, SimCredential)> _byClientId = new(StringComparer.Ordinal);
    private readonly List<SimAccount> _accounts = [];
    private readonly SimulatorOptions _options;

    public AccountRegistry(SimulatorOptions options)
    {
        _options = options;
        for (var i = 0; i < options.Accounts; i++)
        {
            AddAccount(options.Candidates, options.EffectiveJobs, options.EffectiveUsers);
        }
    }

    public IReadOnlyList<SimAccount> Accounts
    {
        get
        {
            lock (_accounts)
            {
                return [.. _accounts];
            }
        }
    }

    public SimAccount? FindByIdentifier(string identifier) => _byIdentifier.GetValueOrDefault(identifier);

    public (SimAccount Account, SimCredential Credential)? FindByApiKey(string apiKey) =>
        _byApiKey.TryGetValue(apiKey, out var found) ? found : null;

    public (SimAccount Account, SimCredential Credential)? FindByClientId(string clientId) =>
        _byClientId.TryGetValue(clientId, out var found) ? found : null;

    /// <summary>Generates and registers one more company with its default credentials.</summary>
    public SimAccount AddAccount(int candidates, int jobs, int users, int? seed = null)
    {
        lock (_accounts)
        {
            var index = _accounts.Count;
            var accountSeed = Rng.Mix((ulong)(seed ?? _options.Seed) * 0x100000001B3UL + (ulong)index);
            var company = Pools.Companies[index % Pools.Companies.Length];
            var identifier = index == 0 ? company.ToLowerInvariant() : $"{company.ToLowerInvariant()}{index}";
            var configuration = AccountGenerator.Configuration(accountSeed);
            var userList = AccountGenerator.Users(accountSeed, users, identifier + ".example.com", configuration, _options.DataAsOf);
            var jobList = AccountGenerator.Jobs(accountSeed, jobs, identifier, configuration, userList, _options.DataAsOf);
            var ids = new IdCodec(accountSeed);
            var factory = new CandidateFactory(accountSeed, ids, configuration, jobList, userList, _options.DataAsOf);
            var store = new CandidateStore(factory, ids, candidates, _options.DataAsOf);
            var account = new SimAccount(index, identifier, company + (index == 0 ? "" : $" {index}"), accountSeed,
                configuration, userList, jobList, store, ids, []);

            AddCredential(account, new SimCredential
            {
                Id = $"{identifier}-key",
                ApiKey = index == 0 && _options.ApiKey is { Length: > 0 } key ? key : DerivedSecret(accountSeed, "api-key", 32),
                Scopes = Scopes.All,
                IsAdmin = true,
            });
            AddCredential(account, new SimCredential
            {
                Id = $"{identifier}-oauth",
                ClientId = index == 0 && _options.ClientId is { Length: > 0 } clientId ? clientId : $"{identifier}-client",
                ClientSecret = index == 0 && _options.ClientSecret is { Length: > 0 } secret ? secret : DerivedSecret(accountSeed, "client-secret", 40),
                Scopes = Scopes.All,
                IsAdmin = true,
            });

            _accounts.Add(account);
            _byIdentifier[identifier] = account;
            return account;
        }
    }

    /// <summary>Adds a credential (e.g. one with fewer scopes, or not an administrator) to an account.</summary>
    public void AddCredential(SimAccount account, SimCredential credential)
    {
        lock (account.Sync)
        {
            account.Credentials.Add(credential);
        }

        if (credential.ApiKey is { } apiKey)
        {
            _byApiKey[apiKey] = (account, credential);
        }

        if (credential.ClientId is { } clientId)
        {
            _byClientId[clientId] = (account, credential);
        }
    }

    private static string DerivedSecret(ulong seed, string purpose, int length)
    {
        var rng = Rng.For(seed, purpose, 0);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
    }
}
