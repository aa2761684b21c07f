using System.Collections.Concurrent;
using SmartRecruiters.Simulator.Accounts;

namespace SmartRecruiters.Simulator.Diagnostics;

/// <summary>Traffic per account; requests that reached no account (bad credentials) count under <see cref="Unattributed"/>.</summary>
public sealed class TrafficRecorder
{
    private readonly ConcurrentDictionary<string, AccountTraffic> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public AccountTraffic Unattributed { get; } = new();

    public AccountTraffic For(SimAccount account) => For(account.Identifier);

    public AccountTraffic For(string accountIdentifier) => _accounts.GetOrAdd(accountIdentifier, _ => new AccountTraffic());
}
