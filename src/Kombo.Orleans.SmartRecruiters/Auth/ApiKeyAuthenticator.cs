namespace Kombo.Orleans.SmartRecruiters.Auth;

/// <summary><c>X-SmartToken</c>: a key does not expire, so a 401 means it is wrong or revoked.</summary>
public sealed class ApiKeyAuthenticator(string apiKey) : ISmartRecruitersAuthenticator
{
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-SmartToken");
        request.Headers.TryAddWithoutValidation("X-SmartToken", apiKey);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> RenewAsync(HttpRequestMessage rejected, CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
