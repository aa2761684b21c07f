using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Postings;

/// <summary>
/// The public Posting API (<c>/v1/companies/{company}/postings</c>, no credential needed) and the
/// Apply API's posting configuration (<c>/postings/{uuid}/configuration</c>: screening questions).
/// </summary>
public static class PostingsApi
{
    public static IEndpointRouteBuilder MapPostingsApi(this IEndpointRouteBuilder app)
    {
        var postings = app.MapGroup("/v1/companies/{companyIdentifier}/postings");
        postings.MapGet("", List).Sr(new SrOperation(null) { Public = true });
        postings.MapGet("/{postingId}", Get).Sr(new SrOperation(null) { Public = true });
        app.MapGet("/postings/{uuid}/configuration", Configuration).Sr(new SrOperation(null));
        return app;
    }

    private static IResult List(HttpContext context, string companyIdentifier, AccountRegistry accounts)
    {
        if (accounts.FindByIdentifier(companyIdentifier) is not { } account)
        {
            return SrErrors.NotFound("COMPANY_NOT_FOUND", $"Company '{companyIdentifier}' not found.");
        }

        if (!Query.TryLimit(context, 100, 100, out var limit, out var error) || !Query.TryOffset(context, out var offset, out error)
            || !Query.TryDateTime(context, "releasedAfter", out var releasedAfter, out error))
        {
            return error!;
        }

        var query = context.Request.Query;
        var destination = query["destination"].ToString() is { Length: > 0 } d ? d : "PUBLIC";
        var q = query["q"].ToString();
        var country = query["country"].ToString();
        var city = query["city"].ToString();
        var region = query["region"].ToString();
        var department = query["department"].ToString();
        var locationType = query["locationType"].ToString();
        lock (account.Sync)
        {
            var matching = Published(account)
                .Where(p => destination switch
                {
                    "INTERNAL" => p.Ad.Visibility == "INTERNAL",
                    "INTERNAL_OR_PUBLIC" => p.Ad.Visibility is "INTERNAL" or "PUBLIC",
                    _ => p.Ad.Visibility == "PUBLIC",
                })
                .Where(p => (q.Length == 0 || p.Ad.Title.Contains(q, StringComparison.OrdinalIgnoreCase))
                            && (country.Length == 0 || string.Equals(p.Job.Location?.CountryCode, country, StringComparison.OrdinalIgnoreCase))
                            && (city.Length == 0 || string.Equals(p.Job.Location?.City, city, StringComparison.OrdinalIgnoreCase))
                            && (region.Length == 0 || string.Equals(p.Job.Location?.Region, region, StringComparison.OrdinalIgnoreCase))
                            && (department.Length == 0 || p.Job.Department?.Id == department)
                            && (releasedAfter is null || p.Ad.UpdatedOn >= releasedAfter)
                            && (locationType is "" or "ANY" || (locationType == "REMOTE") == (p.Job.Location?.Remote ?? false)))
                .ToList();
            var page = matching.Skip(offset).Take(limit).Select(p => PostingDto.From(context, account, p.Job, p.Ad, details: false)).ToList();
            return Respond.Json(context, new PostingListDto(matching.Count, limit, offset, page));
        }
    }

    private static IResult Get(HttpContext context, string companyIdentifier, string postingId, AccountRegistry accounts)
    {
        if (accounts.FindByIdentifier(companyIdentifier) is not { } account)
        {
            return SrErrors.NotFound("COMPANY_NOT_FOUND", $"Company '{companyIdentifier}' not found.");
        }

        lock (account.Sync)
        {
            var match = Published(account).FirstOrDefault(p => p.Job.PostingId == postingId
                || string.Equals(p.Ad.PostingUuid, postingId, StringComparison.OrdinalIgnoreCase));
            return match.Job is null
                ? SrErrors.NotFound("POSTING_NOT_FOUND", "Posting not found.")
                : Respond.Json(context, PostingDto.From(context, account, match.Job, match.Ad, details: true));
        }
    }

    private static IResult Configuration(HttpContext context, string uuid)
    {
        var account = Auth.SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            if (account.FindAdByPostingUuid(uuid) is not { PostingStatus: "PUBLISHED" } ad || account.JobOfAd(ad) is not { } job)
            {
                return TypedResults.Json(new ApplyApiError(Guid.NewGuid().ToString(), "RESOURCE_NOT_FOUND_ERROR", $"Posting '{uuid}' not found."),
                    SimJson.Options, statusCode: StatusCodes.Status400BadRequest);
            }

            return Respond.Json(context, new ApplyConfigurationDto(job.Questions.Select(ScreeningQuestionDto.From).ToList(), new ApplySettingsDto(true),
                [new PrivacyPolicyDto($"https://{account.Identifier}.example.com/privacy", account.Name)]));
        }
    }

    private static IEnumerable<(SimJob Job, SimJobAd Ad)> Published(SimAccount account) =>
        account.Jobs.SelectMany(j => j.Ads.Where(a => a.PostingStatus == "PUBLISHED").Select(a => (j, a)));
}

public sealed record PostingListDto(int TotalFound, int Limit, int Offset, IReadOnlyList<PostingDto> Content);
