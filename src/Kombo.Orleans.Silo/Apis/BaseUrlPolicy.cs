using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Which SmartRecruiters base URLs a tenant may connect: the production API always, plus the configured
/// allowlist, because the engine sends the tenant's credentials and requests to whatever URL it is given.
/// </summary>
internal sealed class BaseUrlPolicy(IOptions<ApiOptions> options, BaseUrlPolicy.Defaults defaults)
{
    public static readonly Uri Production = new("https://api.smartrecruiters.com");

    /// <summary>Why <paramref name="value"/> may not be used (null when it may), and the parsed URL.</summary>
    public (Uri? Url, string? Problem) Check(string? value)
    {
        if (value is null)
        {
            return (Production, null);
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return (null, "base_url must be an absolute http(s) URL without credentials, query or fragment.");
        }

        var allowed = options.Value.AllowedBaseUrls.Count > 0 ? options.Value.AllowedBaseUrls : defaults.AllowedBaseUrls;
        if (Matches(url, Production.AbsoluteUri) || allowed.Any(entry => Matches(url, entry)))
        {
            return (url, null);
        }

        return (null, $"base_url {ApiErrors.Truncate(value)} is not allowed here; allowed: {string.Join(", ", [Production.AbsoluteUri, .. allowed])} (configure Kombo:Api:AllowedBaseUrls).");
    }

    private static bool Matches(Uri url, string entry)
    {
        if (!entry.Contains("://", StringComparison.Ordinal))
        {
            return string.Equals(url.Host, entry.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        if (!Uri.TryCreate(entry, UriKind.Absolute, out var prefix))
        {
            return false;
        }

        // Scheme, host and port must match exactly; the path must start at a segment boundary of the prefix.
        return url.Scheme == prefix.Scheme && string.Equals(url.Host, prefix.Host, StringComparison.OrdinalIgnoreCase) && url.Port == prefix.Port
            && (prefix.AbsolutePath == "/" || url.AbsolutePath.TrimEnd('/') == prefix.AbsolutePath.TrimEnd('/')
                || url.AbsolutePath.StartsWith(prefix.AbsolutePath.TrimEnd('/') + "/", StringComparison.Ordinal));
    }

    /// <summary>The mode's allowlist when none is configured.</summary>
    internal sealed record Defaults(IReadOnlyList<string> AllowedBaseUrls);
}
