namespace SmartRecruiters.Simulator.Diagnostics;

/// <summary>How one endpoint of one account was used, by status and by cause.</summary>
public sealed class EndpointCounters
{
    private long _requests;
    private long _rateLimited;
    private long _injected;
    private long _clientErrors;
    private long _served;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>429s the caller caused by exceeding a limit.</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    /// <summary>Faults the simulator injected (429 storms, 5xx, timeouts, resets, malformed JSON).</summary>
    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>Other 4xx answers (bad input, not found, auth).</summary>
    public long ClientErrors => Interlocked.Read(ref _clientErrors);

    /// <summary>2xx answers.</summary>
    public long Served => Interlocked.Read(ref _served);

    public void Record(int status, string outcome)
    {
        Interlocked.Increment(ref _requests);
        if (outcome == RequestOutcome.RateLimited)
        {
            Interlocked.Increment(ref _rateLimited);
        }
        else if (outcome != RequestOutcome.Served)
        {
            Interlocked.Increment(ref _injected);
        }
        else if (status is >= 200 and < 300)
        {
            Interlocked.Increment(ref _served);
        }
        else if (status is >= 400 and < 500)
        {
            Interlocked.Increment(ref _clientErrors);
        }
    }
}
