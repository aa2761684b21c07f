using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api.Audit;
using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Api.Configuration;
using SmartRecruiters.Simulator.Api.Interviews;
using SmartRecruiters.Simulator.Api.Jobs;
using SmartRecruiters.Simulator.Api.Messages;
using SmartRecruiters.Simulator.Api.Offers;
using SmartRecruiters.Simulator.Api.Postings;
using SmartRecruiters.Simulator.Api.Users;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Behaviour;
using SmartRecruiters.Simulator.Control;
using SmartRecruiters.Simulator.Data;
using SmartRecruiters.Simulator.Data.Mutations;
using SmartRecruiters.Simulator.Diagnostics;
using SmartRecruiters.Simulator.Options;
using SmartRecruiters.Simulator.RateLimiting;
using SmartRecruiters.Simulator.Webhooks;

namespace SmartRecruiters.Simulator.Hosting;

/// <summary>Wires the simulator: services, the request pipeline (traffic → auth → scopes → limits → faults), and every API.</summary>
public static class SimulatorApp
{
    public static IServiceCollection AddSmartRecruitersSimulator(this IServiceCollection services, SimulatorOptions options, TimeProvider? time = null)
    {
        services.AddSingleton(options);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<AccountRegistry>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<TrafficRecorder>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<DriftService>();
        services.AddHostedService(sp => sp.GetRequiredService<DriftService>());
        services.AddSingleton<AccountEvents>();
        services.AddSingleton<CandidateMutations>();
        services.AddSingleton<ApplicationMutations>();
        services.AddSingleton<Api.Candidates.CandidateListCache>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName);
        return services;
    }

    public static WebApplication UseSmartRecruitersSimulator(this WebApplication app)
    {
        app.UseRouting();
        app.UseMiddleware<TrafficMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.UseMiddleware<PermissionMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<FaultMiddleware>();

        app.MapOAuthApi();
        app.MapUsersApi();
        app.MapConfigurationApi();
        app.MapJobsApi();
        app.MapCandidatesApi();
        app.MapCandidateWritesApi();
        app.MapOffersApi();
        app.MapInterviewsApi();
        app.MapAuditApi();
        app.MapPostingsApi();
        app.MapMessagesApi();
        app.MapWebhooksApi();
        app.MapControlApi();
        app.MapFallback((HttpContext context) => Api.SrErrors.NotFound("NOT_FOUND", $"No SmartRecruiters endpoint {context.Request.Method} {context.Request.Path}."));
        return app;
    }

    public static WebApplication Build(SimulatorOptions options, string[] args, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddSmartRecruitersSimulator(options, time);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        var app = builder.Build();
        app.UseSmartRecruitersSimulator();
        return app;
    }
}
