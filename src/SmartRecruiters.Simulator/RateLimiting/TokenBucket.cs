namespace SmartRecruiters.Simulator.RateLimiting;

/// <summary>
/// <c>rate</c> requests per second with bursts up to <c>rate</c>: refills continuously, so a
/// client sending at exactly the documented rate is never refused.
/// </summary>
/// <remarks>
/// Kept in exact integer arithmetic: one token is <see cref="TimeSpan.TicksPerSecond"/> credits and
/// every elapsed tick adds <c>rate</c> credits, so refills split over several steps add up to exactly
/// what one step would give (floating point loses a token now and then at exact boundaries).
/// </remarks>
internal sealed class TokenBucket(int rate, DateTimeOffset now)
{
    private const long PerToken = TimeSpan.TicksPerSecond;

    private readonly long _capacity = rate * PerToken;
    private long _credits = rate * PerToken;
    private DateTimeOffset _updated = now;

    public int Rate => rate;

    /// <summary>Takes a token if one is there; returns whether it did and how many whole tokens remain.</summary>
    public (bool Taken, int Remaining) TryTake(DateTimeOffset now)
    {
        lock (this)
        {
            var elapsed = (now - _updated).Ticks;
            if (elapsed > 0)
            {
                // Saturate before multiplying so a long idle period cannot overflow.
                _credits = elapsed >= _capacity / rate ? _capacity : Math.Min(_capacity, _credits + elapsed * rate);
                _updated = now;
            }

            if (_credits >= PerToken)
            {
                _credits -= PerToken;
                return (true, (int)(_credits / PerToken));
            }

            return (false, 0);
        }
    }

    /// <summary>Time until the next token, for Retry-After.</summary>
    public TimeSpan UntilNextToken()
    {
        lock (this)
        {
            var missing = PerToken - _credits;
            return missing <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((missing + rate - 1) / rate);
        }
    }
}
