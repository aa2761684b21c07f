using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Grains.Secrets;

public static partial class CredentialProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AesGcmCredentialProtector"/> with the keys under <c>Kombo:Credentials</c> of
    /// <paramref name="configuration"/> (the application's configuration). Without a key the host fails at start,
    /// naming the configuration keys, unless <paramref name="allowEphemeralKey"/> (the embedded single-process
    /// host): then a random key is used and stored credentials do not survive a restart.
    /// </summary>
    public static IServiceCollection AddCredentialProtection(this IServiceCollection services, IConfiguration configuration, bool allowEphemeralKey = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCredentialProtection(builder => builder.Bind(configuration.GetSection(CredentialProtectionOptions.SectionName)), allowEphemeralKey);
    }

    /// <summary>As <see cref="AddCredentialProtection(IServiceCollection, IConfiguration, bool)"/>, with the keys set in code.</summary>
    public static IServiceCollection AddCredentialProtection(this IServiceCollection services, Action<CredentialProtectionOptions> configure, bool allowEphemeralKey = false)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddCredentialProtection(builder => builder.Configure(configure), allowEphemeralKey);
    }

    private static IServiceCollection AddCredentialProtection(this IServiceCollection services, Action<OptionsBuilder<CredentialProtectionOptions>> configure, bool allowEphemeralKey)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CredentialProtectionOptions>();
        configure(options);
        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<CredentialProtectionOptions>>(new Validator(allowEphemeralKey));
        services.AddSingleton<ICredentialProtector>(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<CredentialProtectionOptions>>().Value;
            if (configured.Keys.Count > 0)
            {
                return new AesGcmCredentialProtector(configured);
            }

            // Only reachable with allowEphemeralKey: validation fails otherwise.
            LogEphemeralKey(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AesGcmCredentialProtector)), CredentialProtectionOptions.KeysKey);
            return AesGcmCredentialProtector.CreateEphemeral();
        });
        return services;
    }

    [LoggerMessage(LogLevel.Warning, "No credential encryption key is configured ({KeysKey}:{{id}}): using a random key for this process. "
        + "Stored integration credentials will not decrypt after a restart; those integrations must be reconnected.")]
    private static partial void LogEphemeralKey(ILogger logger, string keysKey);

    private sealed class Validator(bool allowEphemeralKey) : IValidateOptions<CredentialProtectionOptions>
    {
        public ValidateOptionsResult Validate(string? name, CredentialProtectionOptions options) =>
            (allowEphemeralKey && options.Keys.Count == 0) || options.Validate() is not { } problem
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(problem);
    }
}
