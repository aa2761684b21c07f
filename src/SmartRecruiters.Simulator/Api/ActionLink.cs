namespace SmartRecruiters.Simulator.Api;

/// <summary>SmartRecruiters' hypermedia: <c>{"url": …, "method": "GET"}</c> pointing at a follow-up endpoint.</summary>
public sealed record ActionLink(string Url, string Method = "GET")
{
    /// <summary>An absolute URL on the host the request came in on (so links work against the simulator).</summary>
    public static ActionLink To(HttpContext context, string path, string method = "GET") => new(BaseUrl(context) + path, method);

    public static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
