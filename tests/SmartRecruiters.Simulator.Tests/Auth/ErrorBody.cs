namespace SmartRecruiters.Simulator.Tests.Auth;

using SmartRecruiters.Simulator.Tests.Infrastructure;

/// <summary>Reads SmartRecruiters' error body <c>{"message", "errors": [{"code", "message"}]}</c>.</summary>
internal static class ErrorBody
{
    /// <summary>The code of the single error in the body, after checking the body has SmartRecruiters' shape.</summary>
    public static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        var body = await Simulator.JsonAsync(response);
        Assert.False(string.IsNullOrEmpty(body["message"]?.GetValue<string>()), $"No message in {body.ToJsonString()}");
        var errors = body["errors"]!.AsArray();
        var error = Assert.Single(errors)!;
        Assert.False(string.IsNullOrEmpty(error["message"]?.GetValue<string>()), $"No error message in {body.ToJsonString()}");
        return error["code"]!.GetValue<string>();
    }
}
