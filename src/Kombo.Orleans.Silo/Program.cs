using Kombo.Orleans.Silo.Commands;
using Kombo.Orleans.Silo.Hosting;

if (args is [MigrateCommand.Name, .. var migrateArgs])
{
    return await MigrateCommand.RunAsync(migrateArgs, Console.Out, Console.Error);
}

await KomboSiloApp.Build(args).RunAsync();
return 0;
