using Kombo.Orleans.Silo.Commands;
using Kombo.Orleans.Silo.Hosting;

return args switch
{
    [MigrateCommand.Name, .. var rest] => await MigrateCommand.RunAsync(rest, Console.Out, Console.Error),
    [HealthCheckCommand.Name, .. var rest] => await HealthCheckCommand.RunAsync(rest, Console.Out),
    [TenantsCommand.Name, .. var rest] => await TenantsCommand.RunAsync(rest, Console.Out, Console.Error),
    _ => await RunSiloAsync(args),
};

static async Task<int> RunSiloAsync(string[] args)
{
    await KomboSiloApp.Build(args).RunAsync();
    return 0;
}
