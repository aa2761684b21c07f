namespace SmartRecruiters.Simulator.Hosting;

/// <summary>The executable's documented flags, mapped onto <see cref="Options.SimulatorOptions"/> (any <c>--Simulator:Path value</c> works too).</summary>
public static class SimulatorCommandLine
{
    public static readonly Dictionary<string, string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--seed"] = "Simulator:Seed",
        ["--accounts"] = "Simulator:Accounts",
        ["--candidates"] = "Simulator:Candidates",
        ["--jobs"] = "Simulator:Jobs",
        ["--users"] = "Simulator:Users",
        ["--api-key"] = "Simulator:ApiKey",
        ["--client-id"] = "Simulator:ClientId",
        ["--client-secret"] = "Simulator:ClientSecret",
        ["--token-lifetime"] = "Simulator:TokenLifetime",
        ["--rate-limits"] = "Simulator:RateLimits:Enabled",
        ["--rate-scale"] = "Simulator:RateLimits:Scale",
        ["--latency-ms"] = "Simulator:Latency:FixedMilliseconds",
        ["--jitter-ms"] = "Simulator:Latency:JitterMilliseconds",
        ["--last-page"] = "Simulator:Behaviour:LastPageMarker",
        ["--retry-after"] = "Simulator:Behaviour:RetryAfterOn429",
        ["--status-moves-updated-on"] = "Simulator:Behaviour:StatusChangeMovesCandidateUpdatedOn",
        ["--fault-5xx"] = "Simulator:Faults:ServerErrorRate",
        ["--fault-timeout"] = "Simulator:Faults:TimeoutRate",
        ["--fault-reset"] = "Simulator:Faults:ConnectionResetRate",
        ["--fault-malformed-json"] = "Simulator:Faults:MalformedJsonRate",
        ["--fault-corrupt-record"] = "Simulator:Faults:CorruptRecordRate",
        ["--fault-429"] = "Simulator:Faults:TooManyRequestsRate",
    };
}
