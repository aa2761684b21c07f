using System.Collections.Concurrent;
using SmartRecruiters.Simulator.Accounts;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>
/// The serialized list entries of generated candidates, which never change (a changed candidate
/// moves to the overlay and is no longer served from here). Pages of <c>GET /candidates</c> are
/// then mostly copies of cached bytes, so the simulator keeps up with any client. Bounded: when
/// full it starts over.
/// </summary>
public sealed class CandidateListCache
{
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<(int Account, long Generation, int BaseUrl, int Index), byte[]> _entries = new();
    private readonly ConcurrentDictionary<string, int> _baseUrls = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>totalFound</c> needs every match; it is kept per account, data version and filter set
    /// (per simulator: this cache is a service, so two simulators in one process never share it).
    /// </summary>
    public ConcurrentDictionary<(int Account, long Version, string Filters), int> Totals { get; } = new();

    public byte[] Get(SimAccount account, string baseUrl, int index, Func<byte[]> build)
    {
        // Small integer keys: the lookup runs for every entry of every page.
        var key = (account.Index, account.GeneratedDataVersion, _baseUrls.GetOrAdd(baseUrl, _ => _baseUrls.Count), index);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var bytes = build();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = bytes;
        return bytes;
    }
}
