using Microsoft.Extensions.Options;
using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

namespace Kombo.Orleans.Silo.Hosting;

/// <summary>Runs the SmartRecruiters simulator on its own Kestrel port for the lifetime of the embedded host.</summary>
internal sealed class EmbeddedSimulatorService(IOptions<EmbeddedSimulatorOptions> options, ILogger<EmbeddedSimulatorService> logger) : IHostedService
{
    private InProcessSimulator? _simulator;

    public Uri? BaseAddress => _simulator?.BaseAddress;

    /// <summary>The demo account's API key (a simulator credential).</summary>
    public string ApiKey => options.Value.ApiKey;

    /// <summary>The demo account's company identifier (for the public Posting API).</summary>
    public string? AccountIdentifier => _simulator?.Accounts.Accounts[0].Identifier;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var simulatorOptions = new SimulatorOptions { Seed = settings.Seed, Candidates = settings.Candidates, ApiKey = settings.ApiKey };
        _simulator = await InProcessSimulator.StartAsync(simulatorOptions, url: settings.Url, cancellationToken: cancellationToken);
        logger.LogInformation("SmartRecruiters simulator listening on {Url} (account '{Account}', {Candidates} candidates)",
            _simulator.BaseAddress, _simulator.Accounts.Accounts[0].Identifier, settings.Candidates);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
