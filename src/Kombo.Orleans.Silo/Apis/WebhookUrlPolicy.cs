using System.Net;
using Kombo.Orleans.Grains.Webhooks;
using Microsoft.Extensions.Options;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>
/// Which URLs a webhook may point at: absolute https, or plain http to loopback or to a host listed in
/// <c>Kombo:Webhooks:AllowHttpHosts</c>, because events and their signatures would otherwise cross networks in clear.
/// </summary>
internal sealed class WebhookUrlPolicy(IOptions<WebhookOptions> options)
{
    public const int MaxLength = 2000;

    private static readonly string[] Loopback = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>The parsed URL, or why <paramref name="value"/> may not be used.</summary>
    public (Uri? Url, string? Problem) Check(string value)
    {
        if (value.Length > MaxLength || !Uri.TryCreate(value, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            return (null, $"url must be an absolute http(s) URL of at most {MaxLength} characters, without credentials or fragment.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !HttpAllowed(url))
        {
            var hosts = options.Value.AllowHttpHosts.Count > 0 ? options.Value.AllowHttpHosts : [.. Loopback];
            return (null, $"url {ApiErrors.Truncate(value)} must use https; plain http is allowed only for {string.Join(", ", hosts)} (configure Kombo:Webhooks:AllowHttpHosts).");
        }

        return (url, null);
    }

    private bool HttpAllowed(Uri url)
    {
        var configured = options.Value.AllowHttpHosts;
        if (configured.Count > 0)
        {
            return configured.Any(host => string.Equals(host.Trim(), url.Host, StringComparison.OrdinalIgnoreCase));
        }

        return url.IsLoopback || (IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address));
    }
}
