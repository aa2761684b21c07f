using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Diagnostics;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Hosting;

/// <summary>The simulator on a real Kestrel loopback port inside the caller's process (tests, benchmarks, the demo).</summary>
public sealed class InProcessSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSimulator(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public SimulatorOptions Options => Services.GetRequiredService<SimulatorOptions>();

    public AccountRegistry Accounts => Services.GetRequiredService<AccountRegistry>();

    public TrafficRecorder Traffic => Services.GetRequiredService<TrafficRecorder>();

    public IServiceProvider Services => _app.Services;

    /// <summary>The first account's API key.</summary>
    public string ApiKey => Accounts.Accounts[0].Credentials.First(c => c.ApiKey is not null).ApiKey!;

    public static async Task<InProcessSimulator> StartAsync(SimulatorOptions options, TimeProvider? time = null, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        var app = SimulatorApp.Build(options, ["--urls", url], time);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        options.PublicUrl = address;
        return new InProcessSimulator(app, new Uri(address));
    }

    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-SmartToken", apiKey ?? ApiKey);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
