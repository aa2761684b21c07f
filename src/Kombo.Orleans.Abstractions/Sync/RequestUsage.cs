namespace Kombo.Orleans.Abstractions.Sync;

/// <summary>What a sync spent of the SmartRecruiters budget.</summary>
/// <param name="Requests">Requests sent (retries included).</param>
/// <param name="RateLimited">429 answers seen.</param>
/// <param name="BudgetWait">Time spent waiting for a permit from the credential's budget.</param>
[GenerateSerializer, Immutable, Alias("kombo.sync.request_usage")]
public sealed record RequestUsage(
    [property: Id(0)] long Requests,
    [property: Id(1)] long RateLimited,
    [property: Id(2)] TimeSpan BudgetWait)
{
    public static RequestUsage Zero { get; } = new(0, 0, TimeSpan.Zero);

    public RequestUsage Plus(RequestUsage other) => new(Requests + other.Requests, RateLimited + other.RateLimited, BudgetWait + other.BudgetWait);
}
