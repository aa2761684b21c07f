namespace Kombo.Orleans.SmartRecruiters.Budget;

/// <summary>Which of SmartRecruiters' limits an endpoint falls under.</summary>
public enum RateClass
{
    /// <summary>10 requests/s per endpoint, within the credential's 8 concurrent requests.</summary>
    Normal,

    /// <summary>2 requests/s: job publication and offer documents.</summary>
    Slow,

    /// <summary><c>GET /candidates</c>: additionally one request in flight per credential.</summary>
    CandidateSearch,
}
