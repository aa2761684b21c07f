using System.Text.Json;

namespace Kombo.Orleans.Benchmarks.Api;

/// <summary>
/// One client walking <c>GET /v1/ats/candidates?page_size=N</c> by cursor, from the first page again after the last.
/// The whole body is read into a buffer the client reuses; only <c>data.next</c> is parsed (the host writes it
/// before the results), so the client's own CPU, on the same machine, stays small.
/// </summary>
public sealed class ApiCandidatePages(HttpClient http, string integrationId, int pageSize)
{
    private byte[] _buffer = new byte[1 << 20];
    private string? _cursor;

    /// <summary>Bytes of the last page read, for the report.</summary>
    public int LastBytes { get; private set; }

    public async Task ReadAsync()
    {
        var uri = _cursor is null
            ? $"/v1/ats/candidates?page_size={pageSize}"
            : $"/v1/ats/candidates?page_size={pageSize}&cursor={Uri.EscapeDataString(_cursor)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-Integration-Id", integrationId);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await body.ReadAsync(_buffer.AsMemory(length));
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(_buffer, 0, Math.Min(length, 500))}");
        }

        LastBytes = length;
        _cursor = Next(_buffer.AsSpan(0, length));
    }

    // {"status":"success","data":{"next":…,"results":[…]}}: stops at "next", depth 2.
    private static string? Next(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals("next"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
        }

        throw new InvalidOperationException("The page has no data.next.");
    }
}
