using System.Buffers;

namespace SmartRecruiters.Simulator.Api;

/// <summary>A JSON body already written to a buffer: sent with its length in one write, no copy.</summary>
public sealed class RawJsonResult(ArrayBufferWriter<byte> body) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.WrittenCount;
        await httpContext.Response.Body.WriteAsync(body.WrittenMemory, httpContext.RequestAborted);
    }
}
