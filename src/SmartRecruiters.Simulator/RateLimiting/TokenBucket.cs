namespace SmartRecruiters.Simulator.RateLimiting;

/// <summary>
/// <c>rate</c> requests per second with bursts up to <c>rate</c>: refills continuously, so a
/// client sending at exactly the documented rate is never refused.
/// </summary>
internal sealed class TokenBucket(int rate, DateTimeOffset now)
{
    private double _tokens = rate;
    private DateTimeOffset _updated = now;

    public int Rate => rate;

    /// <summary>Takes a token if one is there; returns whether it did and how many whole tokens remain.</summary>
    public (bool Taken, int Remaining) TryTake(DateTimeOffset now)
    {
        lock (this)
        {
            var elapsed = (now - _updated).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(rate, _tokens + elapsed * rate);
                _updated = now;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                return (true, (int)Math.Floor(_tokens));
            }

            return (false, 0);
        }
    }

    /// <summary>Time until the next token, for Retry-After.</summary>
    public TimeSpan UntilNextToken()
    {
        lock (this)
        {
            return TimeSpan.FromSeconds(Math.Max(0, (1 - _tokens) / rate));
        }
    }
}
