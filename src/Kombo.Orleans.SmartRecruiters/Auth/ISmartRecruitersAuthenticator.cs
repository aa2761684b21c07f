namespace Kombo.Orleans.SmartRecruiters.Auth;

/// <summary>Puts credentials on requests, and renews them once when SmartRecruiters answers 401.</summary>
public interface ISmartRecruitersAuthenticator
{
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>
    /// Called after a 401 for a request authenticated with <paramref name="rejected"/>: renews the
    /// credential if it can (an OAuth token) and answers whether the request is worth sending again.
    /// </summary>
    ValueTask<bool> RenewAsync(HttpRequestMessage rejected, CancellationToken cancellationToken);
}
