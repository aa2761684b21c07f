namespace Kombo.Orleans.Silo.Commands;

/// <summary>
/// <c>healthcheck [url]</c>: exits 0 when the silo's <c>/health/ready</c> answers 200, else 1.
/// For container health checks in images that ship no curl or wget.
/// </summary>
internal static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    private const string DefaultUrl = "http://127.0.0.1:8080/health/ready";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var url = args is [var given, ..] ? given : Environment.GetEnvironmentVariable("KOMBO_HEALTHCHECK_URL") ?? DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            await output.WriteLineAsync($"healthcheck: '{url}' is not an absolute URL");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(uri);
            await output.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"healthcheck: {ex.Message}");
            return 1;
        }
    }
}
