namespace Kombo.Orleans.IntegrationTests.Compatibility;

using System.Net;
using System.Text;
using Kombo.Orleans.Testing;

/// <summary>A loopback HTTP server that answers every request with the same JSON body, to show what the SDK rejects.</summary>
internal sealed class FixedAnswerApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body;
    private readonly Task _serving;

    public FixedAnswerApi(string json)
    {
        _body = Encoding.UTF8.GetBytes(json);
        BaseUrl = new Uri($"http://127.0.0.1:{FreePorts.Next()}/v1/");
        _listener.Prefixes.Add(BaseUrl.GetLeftPart(UriPartial.Authority) + "/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri BaseUrl { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = _body.Length;
            await context.Response.OutputStream.WriteAsync(_body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }
}
