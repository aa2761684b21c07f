using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

namespace Kombo.Orleans.Benchmarks;

/// <summary>
/// A minimal keep-alive HTTP/1.1 GET client over one socket, so a throughput benchmark measures the
/// server, not the client: no handler pipeline, one reused buffer, bodies read by Content-Length.
/// </summary>
public sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly string _headers;
    private byte[] _buffer = new byte[256 * 1024];

    private RawHttpConnection(Socket socket, string headers)
    {
        _socket = socket;
        _headers = headers;
    }

    public static async Task<RawHttpConnection> ConnectAsync(Uri baseAddress, string apiKey)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(baseAddress.Host, baseAddress.Port);
        return new RawHttpConnection(socket, $"Host: {baseAddress.Authority}\r\nX-SmartToken: {apiKey}\r\n\r\n");
    }

    /// <summary>Sends a GET and returns the status code and the body (valid until the next call).</summary>
    public async Task<(int Status, ReadOnlyMemory<byte> Body)> GetAsync(string pathAndQuery)
    {
        await _socket.SendAsync(Encoding.ASCII.GetBytes($"GET {pathAndQuery} HTTP/1.1\r\n{_headers}"), SocketFlags.None);
        var filled = 0;
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            filled += await ReceiveAsync(filled);
        }

        var head = _buffer.AsSpan(0, headerEnd);
        Utf8Parser.TryParse(head[9..12], out int status, out _);
        var lengthAt = IndexOfIgnoreCase(head, "\r\ncontent-length:"u8);
        if (lengthAt < 0)
        {
            throw new InvalidOperationException("The benchmark client reads Content-Length bodies only.");
        }

        var lengthText = head[(lengthAt + 17)..];
        lengthText = lengthText[..(lengthText.IndexOf("\r\n"u8) is var end and >= 0 ? end : lengthText.Length)].Trim((byte)' ');
        Utf8Parser.TryParse(lengthText, out int length, out _);
        var total = headerEnd + 4 + length;
        if (_buffer.Length < total)
        {
            Array.Resize(ref _buffer, total);
        }

        while (filled < total)
        {
            filled += await ReceiveAsync(filled);
        }

        return (status, _buffer.AsMemory(headerEnd + 4, length));
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<int> ReceiveAsync(int offset)
    {
        if (offset == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(offset), SocketFlags.None);
        return read > 0 ? read : throw new IOException("The server closed the connection.");
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseValue)
    {
        for (var i = 0; i + lowerCaseValue.Length <= text.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerCaseValue.Length && match; j++)
            {
                match = (byte)(text[i + j] | 0x20) == (lowerCaseValue[j] | 0x20) || text[i + j] == lowerCaseValue[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
