using SmartRecruiters.Simulator.Api.Candidates;
using SmartRecruiters.Simulator.Auth;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Interviews;

/// <summary>Interviews API v201904: the interviews of one application (no global list, no paging, no change filter).</summary>
public static class InterviewsApi
{
    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/interviews-api/v201904/interviews", List).Sr(Scopes.InterviewsRead);
        return app;
    }

    private static IResult List(HttpContext context)
    {
        var applicationId = context.Request.Query["applicationId"].ToString();
        if (applicationId.Length == 0)
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "'applicationId' is required.");
        }

        if (!Guid.TryParse(applicationId, out _))
        {
            return SrErrors.BadRequest("INVALID_PARAMETER", "'applicationId' must be a UUID.");
        }

        var account = SimCaller.Required(context).Account;
        lock (account.Sync)
        {
            if (account.Candidates.FindApplication(applicationId) is not { } found)
            {
                return SrErrors.NotFound("APPLICATION_NOT_FOUND", "Application not found.");
            }

            var candidate = CandidateListItemDto.From(context, found.Candidate, account.JobsById);
            return Respond.Json(context, new ContentList<InterviewDto>(found.Application.Interviews
                .Select(i => InterviewDto.From(context, i, found.Application, candidate)).ToList()));
        }
    }
}

public sealed record InterviewDto(
    string Id, CandidateListItemDto Candidate, string JobId, string? Location, string OrganizerId, string Timezone,
    IReadOnlyList<TimeslotDto> Timeslots, DateTimeOffset CreatedOn, string RefUrl, string Source)
{
    public static InterviewDto From(HttpContext context, SimInterview i, SimApplication application, CandidateListItemDto candidate) =>
        new(i.Id, candidate, application.JobId, i.Location, i.OrganizerId, i.Timezone,
            i.Timeslots.Select(s => new TimeslotDto(s.Id, s.Title, s.InterviewType, s.Place, s.StartsOn, s.EndsOn,
                s.Interviewers.Select(x => new InterviewerDto(x.UserId, x.Status)).ToList(), s.CandidateStatus)).ToList(),
            i.CreatedOn, ActionLink.BaseUrl(context) + $"/app/interviews/{i.Id}", i.Source);
}

public sealed record TimeslotDto(
    string Id, string? Title, string InterviewType, string? Place, DateTimeOffset StartsOn, DateTimeOffset EndsOn,
    IReadOnlyList<InterviewerDto> Interviewers, string CandidateStatus);

public sealed record InterviewerDto(string Id, string Status);
