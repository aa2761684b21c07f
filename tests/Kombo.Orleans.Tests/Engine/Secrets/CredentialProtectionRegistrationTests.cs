namespace Kombo.Orleans.Tests.Engine.Secrets;

using Kombo.Orleans.Abstractions.Sync;
using Kombo.Orleans.Grains.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

public sealed class CredentialProtectionRegistrationTests
{
    [Fact]
    public void Keys_bound_from_configuration_protect_with_the_current_key()
    {
        var oldKey = AesGcmCredentialProtector.GenerateKey();
        var newKey = AesGcmCredentialProtector.GenerateKey();
        using var services = Services(new()
        {
            ["Kombo:Credentials:CurrentKeyId"] = "b",
            ["Kombo:Credentials:Keys:a"] = oldKey,
            ["Kombo:Credentials:Keys:b"] = newKey,
        });

        var protector = services.GetRequiredService<ICredentialProtector>();
        var bytes = protector.Protect(new IntegrationCredentials("secret"));

        Assert.Equal("secret", new AesGcmCredentialProtector(new CredentialProtectionOptions { Keys = { ["b"] = newKey } }).Unprotect(bytes).ApiKey);
    }

    [Fact]
    public async Task Without_a_key_the_host_fails_at_start_naming_the_configuration_keys()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCredentialProtection(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Kombo:Credentials:Keys:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kombo:Credentials:CurrentKeyId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_an_embedded_host_uses_a_random_key_and_warns()
    {
        var logs = new WarningCollector();
        using var services = Services([], allowEphemeralKey: true, logs);

        var protector = services.GetRequiredService<ICredentialProtector>();

        Assert.Equal("k", protector.Unprotect(protector.Protect(new IntegrationCredentials("k"))).ApiKey);
        var warning = Assert.Single(logs.Warnings);
        Assert.Contains("restart", warning, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, bool allowEphemeralKey = false, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddCredentialProtection(configuration, allowEphemeralKey);
        return services.BuildServiceProvider();
    }

    private sealed class WarningCollector : ILoggerProvider, ILogger
    {
        public List<string> Warnings { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                lock (Warnings)
                {
                    Warnings.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
