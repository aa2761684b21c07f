using System.Collections.Concurrent;

namespace SmartRecruiters.Simulator.RateLimiting;

/// <summary>One credential's limits: a token bucket per endpoint, and its in-flight requests.</summary>
internal sealed class CredentialBudget
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _candidateSearchesInFlight;

    public TokenBucket Bucket(string endpoint, int rate, DateTimeOffset now) => _buckets.GetOrAdd(endpoint, _ => new TokenBucket(rate, now));

    public int InFlight => Volatile.Read(ref _inFlight);

    public int CandidateSearchesInFlight => Volatile.Read(ref _candidateSearchesInFlight);

    /// <summary>Enters if fewer than <paramref name="limit"/> requests are in flight.</summary>
    public bool TryEnter(int limit) => TryIncrement(ref _inFlight, limit);

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    public bool TryEnterCandidateSearch(int limit) => TryIncrement(ref _candidateSearchesInFlight, limit);

    public void ExitCandidateSearch() => Interlocked.Decrement(ref _candidateSearchesInFlight);

    private static bool TryIncrement(ref int counter, int limit)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current >= limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, current + 1, current) == current)
            {
                return true;
            }
        }
    }
}
