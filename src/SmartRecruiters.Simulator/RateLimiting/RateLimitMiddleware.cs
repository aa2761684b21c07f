using System.Collections.Concurrent;
using System.Globalization;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Diagnostics;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.RateLimiting;

/// <summary>
/// SmartRecruiters' limits per credential: 10 requests/s per endpoint (2/s on the slow ones),
/// 8 requests in flight, 1 <c>GET /candidates</c> in flight. Every response carries the
/// <c>X-RateLimit-*</c> headers; a breach is 429.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, SimulatorOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, CredentialBudget> _budgets = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.RateLimits;
        if (!limits.Enabled || SimEndpoints.Operation(context) is not { } operation || SimCaller.Of(context) is not { } caller)
        {
            await next(context);
            return;
        }

        var budget = _budgets.GetOrAdd(caller.Credential.Id, _ => new CredentialBudget());
        var rate = limits.Scaled(operation.Rate == RateClass.Slow ? limits.SlowRequestsPerSecond : limits.RequestsPerSecond);
        var concurrent = limits.Scaled(limits.ConcurrentRequests);
        var searches = limits.Scaled(limits.ConcurrentCandidateSearches);
        var isSearch = operation.Rate == RateClass.CandidateSearch;
        var concurrentLimit = isSearch ? searches : concurrent;
        var bucket = budget.Bucket(SimEndpoints.Key(context), rate, time.GetUtcNow());

        if (!budget.TryEnter(concurrent))
        {
            await RefuseAsync(context, rate, 0, concurrentLimit, 0, bucket, "Too many concurrent requests.");
            return;
        }

        if (isSearch && !budget.TryEnterCandidateSearch(searches))
        {
            budget.Exit();
            await RefuseAsync(context, rate, 0, concurrentLimit, 0, bucket, "Too many concurrent candidate searches.");
            return;
        }

        try
        {
            var (taken, remaining) = bucket.TryTake(time.GetUtcNow());
            var concurrentRemaining = isSearch ? searches - budget.CandidateSearchesInFlight : concurrent - budget.InFlight;
            if (!taken)
            {
                await RefuseAsync(context, rate, 0, concurrentLimit, Math.Max(0, concurrentRemaining), bucket, "Too many requests.");
                return;
            }

            SetHeaders(context, rate, remaining, concurrentLimit, Math.Max(0, concurrentRemaining));
            await next(context);
        }
        finally
        {
            if (isSearch)
            {
                budget.ExitCandidateSearch();
            }

            budget.Exit();
        }
    }

    private async Task RefuseAsync(HttpContext context, int rate, int remaining, int concurrentLimit, int concurrentRemaining, TokenBucket bucket, string message)
    {
        RequestOutcome.Set(context, RequestOutcome.RateLimited);
        SetHeaders(context, rate, remaining, concurrentLimit, concurrentRemaining);
        if (options.Behaviour.RetryAfterOn429)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(bucket.UntilNextToken().TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await SrErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", message);
    }

    private static void SetHeaders(HttpContext context, int rate, int remaining, int concurrentLimit, int concurrentRemaining)
    {
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = rate.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Concurrent-Limit"] = concurrentLimit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Concurrent-Remaining"] = concurrentRemaining.ToString(CultureInfo.InvariantCulture);
    }
}
