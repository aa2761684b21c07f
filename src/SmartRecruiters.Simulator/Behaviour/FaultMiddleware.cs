using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Diagnostics;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Behaviour;

/// <summary>
/// What a real network and a real SmartRecruiters do to clients: latency on every response and,
/// when switched on, injected 429s, 5xx, timeouts, connection resets and malformed JSON.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, SimulatorOptions options)
{
    private static readonly int[] ServerErrors = [500, 502, 503, 504];
    private const string CorruptItem = "sim.corrupt-record";

    /// <summary>Whether a list endpoint should corrupt one record of this page.</summary>
    public static bool ShouldCorruptRecord(HttpContext context) => context.Items.ContainsKey(CorruptItem);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!SimEndpoints.IsSmartRecruiters(context))
        {
            await next(context);
            return;
        }

        var latency = options.Latency;
        if (latency.IsEnabled)
        {
            var delay = latency.FixedMilliseconds + (latency.JitterMilliseconds > 0 ? Random.Shared.Next(latency.JitterMilliseconds + 1) : 0);
            await Task.Delay(delay, context.RequestAborted);
        }

        var faults = options.Faults;
        if (faults.AnyEnabled && await InjectAsync(context, faults))
        {
            return;
        }

        if (faults.CorruptRecordRate > 0 && Random.Shared.NextDouble() < faults.CorruptRecordRate)
        {
            context.Items[CorruptItem] = true;
        }

        await next(context);
    }

    private async Task<bool> InjectAsync(HttpContext context, FaultOptions faults)
    {
        var roll = Random.Shared.NextDouble();
        if ((roll -= faults.TooManyRequestsRate) < 0)
        {
            RequestOutcome.Set(context, RequestOutcome.InjectedTooManyRequests);
            if (options.Behaviour.RetryAfterOn429)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            await SrErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", "Too many requests.");
            return true;
        }

        if ((roll -= faults.ServerErrorRate) < 0)
        {
            RequestOutcome.Set(context, RequestOutcome.InjectedServerError);
            var status = ServerErrors[Random.Shared.Next(ServerErrors.Length)];
            await SrErrors.WriteAsync(context, status, "INTERNAL_ERROR", "The server failed to handle the request.");
            return true;
        }

        if ((roll -= faults.TimeoutRate) < 0)
        {
            RequestOutcome.Set(context, RequestOutcome.InjectedTimeout);
            try
            {
                await Task.Delay(faults.TimeoutDuration, context.RequestAborted);
                await SrErrors.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "GATEWAY_TIMEOUT", "Upstream timed out.");
            }
            catch (OperationCanceledException)
            {
                // The client gave up first, as it should.
            }

            return true;
        }

        if ((roll -= faults.ConnectionResetRate) < 0)
        {
            RequestOutcome.Set(context, RequestOutcome.InjectedReset);
            context.Abort();
            return true;
        }

        if ((roll -= faults.MalformedJsonRate) < 0)
        {
            RequestOutcome.Set(context, RequestOutcome.InjectedMalformedJson);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"content\":[{\"id\":\"7f3a", context.RequestAborted);
            return true;
        }

        return false;
    }
}
