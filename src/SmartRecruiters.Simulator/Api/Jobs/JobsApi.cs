using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data;
using SmartRecruiters.Simulator.Data.Model;
using SmartRecruiters.Simulator.Options;

namespace SmartRecruiters.Simulator.Api.Jobs;

/// <summary>Jobs: the list (cursor with <c>sort=job_id</c>, deprecated offset otherwise), details, history, hiring team, ads, publication.</summary>
public static class JobsApi
{
    private const string CursorKind = "jobs";

    private static readonly SrOperation JobAccess = new(Scopes.JobsRead)
    {
        DeniedStatus = StatusCodes.Status401Unauthorized,
        DeniedCode = "PERMISSION_DENIED",
        DeniedMessage = "Job access denied.",
    };

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/jobs");
        jobs.MapGet("", List).Sr(Scopes.JobsRead);
        jobs.MapGet("/{jobId}", Get).Sr(JobAccess);
        jobs.MapGet("/{jobId}/status/history", History).Sr(JobAccess);
        jobs.MapGet("/{jobId}/hiring-team", HiringTeam).Sr(JobAccess);
        jobs.MapGet("/{jobId}/jobads", Ads).Sr(Scopes.JobsRead);
        jobs.MapGet("/{jobId}/publication", Publication).Sr(Scopes.JobsRead);
        jobs.MapPost("/{jobId}/publication", (HttpContext c, string jobId, AccountEvents events) => Publish(c, jobId, true, events))
            .Sr(Scopes.JobsPublicationsManage, RateClass.Slow);
        jobs.MapDelete("/{jobId}/publication", (HttpContext c, string jobId, AccountEvents events) => Publish(c, jobId, false, events))
            .Sr(Scopes.JobsPublicationsManage, RateClass.Slow);
        return app;
    }

    private static IResult List(HttpContext context, SimulatorOptions options)
    {
        var account = SimCaller.Required(context).Account;
        if (!Query.TryLimit(context, 10, 100, out var limit, out var error)
            || !Query.TryOffset(context, out var offset, out error)
            || !Query.TryDateTime(context, "updatedAfter", out var updatedAfter, out error)
            || !Query.TryDateTime(context, "lastActivityAfter", out var lastActivityAfter, out error))
        {
            return error!;
        }

        var byId = context.Request.Query["sort"] == "job_id";
        var pageId = context.Request.Query["pageId"].ToString();
        long position = 0;
        if (pageId.Length > 0 && (!byId || !Cursor.TryDecode(pageId, CursorKind, out position)))
        {
            return SrErrors.BadRequest("INVALID_PAGE_ID", byId ? "Invalid page id." : "pageId can only be used with sort=job_id.");
        }

        var q = context.Request.Query["q"].ToString();
        var cities = Query.Values(context, "city");
        var departments = Query.Values(context, "department");
        var statuses = Query.Values(context, "statuses") is { Length: > 0 } many ? many : Query.Values(context, "status");
        var postingStatus = context.Request.Query["postingStatus"].ToString();

        lock (account.Sync)
        {
            var matching = account.Jobs.Where(j =>
                    (updatedAfter is null || j.UpdatedOn >= updatedAfter)
                    && (lastActivityAfter is null || j.LastActivityOn >= lastActivityAfter)
                    && (q.Length == 0 || j.Title.Contains(q, StringComparison.OrdinalIgnoreCase))
                    && (cities.Length == 0 || cities.Contains(j.Location?.City, StringComparer.Ordinal))
                    && (departments.Length == 0 || departments.Contains(j.Department?.Label, StringComparer.Ordinal))
                    && (statuses.Length == 0 || statuses.Contains(j.Status, StringComparer.Ordinal))
                    && (postingStatus.Length == 0 || j.PostingStatus == postingStatus))
                .ToList();

            if (!byId)
            {
                // The default sort (newest first) pages by offset only, as SmartRecruiters' deprecated mode does.
                var ordered = matching.OrderByDescending(j => j.CreatedOn).ThenBy(j => j.Id, StringComparer.Ordinal).Skip(offset).Take(limit);
                return Respond.Json(context, new ListPage<JobSummaryDto>(limit, offset, null, matching.Count,
                    ordered.Select(j => JobSummaryDto.From(context, j)).ToList()));
            }

            // account.Jobs is kept in id order.
            var start = (int)Math.Min(position, matching.Count);
            var page = matching.Skip(start).Take(limit).Select(j => JobSummaryDto.From(context, j)).ToList();
            var next = start + limit < matching.Count ? Cursor.Encode(CursorKind, start + limit) : null;
            var nextPath = next is null ? null : $"/jobs?sort=job_id&limit={limit}&pageId={Uri.EscapeDataString(next)}{Query.Carry(context, "pageId", "limit", "sort")}";
            return Respond.Page(context, new ListPage<JobSummaryDto>(limit, 0, PageCursor.Next(next, options.Behaviour.LastPageMarker), matching.Count, page), nextPath);
        }
    }

    private static IResult Get(HttpContext context, string jobId) =>
        WithJob(context, jobId, (account, job) => Respond.Json(context, JobDetailsDto.From(context, job, account.UsersById)));

    private static IResult History(HttpContext context, string jobId) => WithJob(context, jobId, (_, job) =>
        Respond.Json(context, CountedList<JobStatusChangeDto>.Of(job.StatusHistory
            .Select(h => new JobStatusChangeDto(h.ChangedOn, h.Status,
                job.CreatorUserId is { } user ? new UserAction(ActionLink.To(context, $"/user-api/v201804/users/{user}")) : null))
            .ToList())));

    private static IResult HiringTeam(HttpContext context, string jobId) => WithJob(context, jobId, (_, job) =>
        Respond.Json(context, CountedList<HiringTeamMemberDto>.Of(job.HiringTeam
            .Select(m => new HiringTeamMemberDto(m.UserId, m.Role, new DetailsActions(ActionLink.To(context, $"/user-api/v201804/users/{m.UserId}"))))
            .ToList())));

    private static IResult Ads(HttpContext context, string jobId) => WithJob(context, jobId, (_, job) =>
        Respond.Json(context, job.Ads.Select(ad => JobAdItemDto.From(context, job, ad)).ToList()));

    private static IResult Publication(HttpContext context, string jobId) => WithJob(context, jobId, (_, job) =>
        Respond.Json(context, new ContentList<PublicationDto>(job.DefaultAd is { PostingStatus: "PUBLISHED" } ad
            ? [new PublicationDto("SmartRecruiters Job Board", "FREE", ad.UpdatedOn, null)]
            : [])));

    private static IResult Publish(HttpContext context, string jobId, bool publish, AccountEvents events) => WithJob(context, jobId, (account, job) =>
    {
        if (job.DefaultAd is not { } ad)
        {
            return SrErrors.NotFound("JOBAD_NOT_FOUND", "The job has no default job ad.");
        }

        ad.PostingStatus = publish ? "PUBLISHED" : "NOT_PUBLISHED";
        ad.UpdatedOn = events.Now;
        job.PostingStatus = publish ? (ad.Visibility == "PRIVATE" ? "PRIVATE" : ad.Visibility) : "NOT_PUBLISHED";
        job.UpdatedOn = job.LastActivityOn = events.Now;
        events.Raise(account, "job.ad.postings.updated", new Dictionary<string, string> { ["job_id"] = job.Id, ["job_ad_id"] = ad.Id }, $"/jobs/{job.Id}/jobads/{ad.Id}");
        return TypedResults.NoContent();
    });

    private static IResult WithJob(HttpContext context, string jobId, Func<SimAccount, SimJob, IResult> action)
    {
        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            return account.JobsById.TryGetValue(jobId, out var job)
                ? action(account, job)
                : SrErrors.NotFound("JOB_NOT_FOUND", "Job not found.");
        }
    }
}

public sealed record PublicationDto(string SourceName, string Type, DateTimeOffset PublishedOn, DateTimeOffset? UnpublishedOn);
