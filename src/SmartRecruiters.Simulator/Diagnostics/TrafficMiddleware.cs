using System.Diagnostics;
using SmartRecruiters.Simulator.Api;
using SmartRecruiters.Simulator.Auth;

namespace SmartRecruiters.Simulator.Diagnostics;

/// <summary>Counts and logs every SmartRecruiters request once it is answered.</summary>
public sealed class TrafficMiddleware(RequestDelegate next, TrafficRecorder recorder, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SimEndpoints.IsSmartRecruiters(context))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var caller = SimCaller.Of(context);
            var entry = new RequestLogEntry(time.GetUtcNow(), context.Request.Method, context.Request.Path + context.Request.QueryString,
                SimEndpoints.Key(context), context.Response.StatusCode, RequestOutcome.Get(context), caller?.Credential.Id,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var traffic = caller is not null ? recorder.For(caller.Account)
                : context.GetRouteValue("companyIdentifier") is string company ? recorder.For(company)
                : recorder.Unattributed;
            traffic.Record(entry);
        }
    }
}
