using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Model;

namespace Kombo.Orleans.Benchmarks.Engine;

/// <summary>
/// The fewest SmartRecruiters requests a FULL sync of an account can send with the engine's fetch plan (every scope
/// enabled, a company identifier given), per endpoint, from the simulator's ground truth (read without HTTP).
/// </summary>
/// <remarks>
/// A list needs one request per 100 records (at least one); a record read in detail needs its detail requests:
/// per job details, status history, job ads and hiring team, plus the Apply API configuration of its public posting
/// (jobs with a PUBLISHED, PUBLIC ad); per listed candidate (SmartRecruiters lists only candidates with an
/// application) its details, and per application the application, its status history, screening answers, offers and
/// interviews (by application id). Single reads: rejection reasons, system roles, hiring processes. Tags derive from
/// stored records and cost nothing.
/// </remarks>
public sealed record FetchPlan(IReadOnlyDictionary<string, long> Endpoints)
{
    public const int PageSize = 100;

    public long Total => Endpoints.Values.Sum();

    public static FetchPlan Of(SimAccount account)
    {
        lock (account.Sync)
        {
            var listed = Enumerable.Range(0, account.Candidates.Capacity).Select(account.Candidates.Get)
                .Where(c => c is { Applications.Count: > 0 }).Select(c => c!).ToList();
            long applications = listed.Sum(c => c.Applications.Select(a => a.JobId).Distinct(StringComparer.Ordinal).Count());
            long interviewLookups = listed.Sum(c => c.Applications.Where(a => !string.IsNullOrWhiteSpace(a.ApplicationId))
                .Select(a => a.JobId).Distinct(StringComparer.Ordinal).Count());
            long jobs = account.Jobs.Count;
            var publicAds = account.Jobs.Sum(j => j.Ads.Count(IsPublicPosting));
            long jobsWithPublicPosting = account.Jobs.Count(j => j.Ads.Any(IsPublicPosting));

            return new FetchPlan(new Dictionary<string, long>(StringComparer.Ordinal)
            {
                ["GET /user-api/v201804/users"] = Pages(account.Users.Count),
                ["GET /configuration/rejection-reasons"] = 1,
                ["GET /jobs"] = Pages(jobs),
                ["GET /jobs/{jobId}"] = jobs,
                ["GET /jobs/{jobId}/status/history"] = jobs,
                ["GET /jobs/{jobId}/jobads"] = jobs,
                ["GET /jobs/{jobId}/hiring-team"] = jobs,
                ["GET /v1/companies/{companyIdentifier}/postings"] = jobs > 0 ? Pages(publicAds) : 0,
                ["GET /postings/{uuid}/configuration"] = jobsWithPublicPosting,
                ["GET /user-api/v201804/system-roles"] = 1,
                ["GET /candidates"] = Pages(listed.Count),
                ["GET /candidates/{id}"] = listed.Count,
                ["GET /candidates/{id}/jobs/{jobId}"] = applications,
                ["GET /candidates/{id}/jobs/{jobId}/status/history"] = applications,
                ["GET /candidates/{id}/jobs/{jobId}/screening-answers"] = applications,
                ["GET /candidates/{id}/jobs/{jobId}/offers"] = applications,
                ["GET /interviews-api/v201904/interviews"] = interviewLookups,
                ["GET /configuration/hiring-processes"] = 1,
            });
        }
    }

    private static bool IsPublicPosting(SimJobAd ad) => ad is { PostingStatus: "PUBLISHED", Visibility: "PUBLIC" };

    private static long Pages(long records) => Math.Max(1, (records + PageSize - 1) / PageSize);
}
