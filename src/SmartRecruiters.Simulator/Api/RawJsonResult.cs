using System.Buffers;

namespace SmartRecruiters.Simulator.Api;

/// <summary>
/// A JSON page assembled from already-serialized pieces: its length is known up front, and the
/// pieces go straight to the response pipe, so a 100 KB page allocates no 100 KB buffer (which
/// would land on the large-object heap on every request).
/// </summary>
public sealed class RawJsonResult(IReadOnlyList<ReadOnlyMemory<byte>> pieces) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        long length = 0;
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }

        response.ContentLength = length;
        var writer = response.BodyWriter;
        foreach (var piece in pieces)
        {
            writer.Write(piece.Span);
        }

        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
