using System.Text.Json.Serialization;

namespace Kombo.Orleans.Silo.Apis;

/// <summary>Kombo's success envelope: <c>{"status":"success","data":…}</c>.</summary>
internal sealed record Success<T>(T Data)
{
    [JsonPropertyOrder(-1)]
    public string Status => "success";
}

/// <summary>Kombo's error envelope: <c>{"status":"error","error":{code,title,message,log_url}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody Error)
{
    [JsonPropertyOrder(-1)]
    public string Status => "error";
}

/// <summary>The error itself; <c>log_url</c> is always null (there is no log UI to link to).</summary>
internal sealed record ErrorBody(string Code, string Title, string Message)
{
    public string? LogUrl => null;
}
