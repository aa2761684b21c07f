using SmartRecruiters.Simulator.Hosting;
using SmartRecruiters.Simulator.Options;

// dotnet run --project src/SmartRecruiters.Simulator -- --urls http://127.0.0.1:5090 --seed 42 --candidates 10000 --api-key KEY
var configuration = new ConfigurationBuilder()
    .AddEnvironmentVariables("SRSIM_")
    .AddCommandLine(args, SimulatorCommandLine.Switches)
    .Build();
var options = new SimulatorOptions();
configuration.GetSection("Simulator").Bind(options);

var app = SimulatorApp.Build(options, args);
app.Lifetime.ApplicationStarted.Register(() =>
{
    options.PublicUrl = app.Urls.FirstOrDefault();
    var first = app.Services.GetRequiredService<SmartRecruiters.Simulator.Accounts.AccountRegistry>().Accounts.FirstOrDefault();
    app.Logger.LogInformation("SmartRecruiters simulator on {Urls}: {Accounts} account(s), {Candidates} candidates each; first account '{Account}', API key {Key}",
        string.Join(", ", app.Urls), options.Accounts, options.Candidates, first?.Identifier, first?.Credentials.FirstOrDefault()?.ApiKey);
});
await app.RunAsync();
