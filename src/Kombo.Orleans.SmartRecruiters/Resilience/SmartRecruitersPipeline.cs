using Kombo.Orleans.SmartRecruiters.Budget;
using Kombo.Orleans.SmartRecruiters.Client;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Kombo.Orleans.SmartRecruiters.Resilience;

/// <summary>
/// The Polly v8 pipeline every SmartRecruiters call runs through, outermost first: a total timeout,
/// retries with exponential backoff and jitter (or Retry-After) on 429, 5xx, timeouts, broken
/// connections and unparseable bodies, a circuit breaker on server failures, and a per-attempt
/// timeout. A 429 also pauses the whole credential's budget. Other 4xx are never retried.
/// </summary>
internal static class SmartRecruitersPipeline
{
    public static ResiliencePipeline Build(SmartRecruitersConnection connection, IRequestBudget budget, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(connection.TotalTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientResponseException>().Handle<TimeoutRejectedException>()
                    .Handle<HttpRequestException>().Handle<IOException>().Handle<BrokenCircuitException>(),
                MaxRetryAttempts = connection.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = connection.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TransientResponseException { RetryAfter: { } retryAfter }
                    ? (TimeSpan?)retryAfter
                    : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is TransientResponseException { IsThrottle: true } throttle)
                    {
                        budget.Throttled(throttle.RetryAfter);
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Server failures open the circuit; throttling is the budget's business, not an outage.
                ShouldHandle = new PredicateBuilder().Handle<TransientResponseException>(e => !e.IsThrottle)
                    .Handle<TimeoutRejectedException>().Handle<HttpRequestException>().Handle<IOException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .AddTimeout(connection.AttemptTimeout)
            .Build();
}
