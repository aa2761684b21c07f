namespace SmartRecruiters.Simulator.Api;

/// <summary>SmartRecruiters' error body: <c>{"message": …, "errors": [{"code": …, "message": …}]}</c>.</summary>
public static class SrErrors
{
    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(message, [new ErrorItem(code, message)]), SimJson.Options, statusCode: status);

    public static IResult BadRequest(string code, string message) => Error(StatusCodes.Status400BadRequest, code, message);

    public static IResult NotFound(string code, string message) => Error(StatusCodes.Status404NotFound, code, message);

    public static IResult Forbidden(string code, string message) => Error(StatusCodes.Status403Forbidden, code, message);

    public static IResult Unauthorized(string code, string message) => Error(StatusCodes.Status401Unauthorized, code, message);

    public static IResult Conflict(string code, string message) => Error(StatusCodes.Status409Conflict, code, message);

    public static IResult Unprocessable(string code, string message) => Error(StatusCodes.Status422UnprocessableEntity, code, message);

    /// <summary>Writes an error outside an endpoint (middleware).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorResponse(message, [new ErrorItem(code, message)]), SimJson.Options);
    }
}

public sealed record ErrorResponse(string Message, IReadOnlyList<ErrorItem> Errors);

public sealed record ErrorItem(string Code, string Message);
