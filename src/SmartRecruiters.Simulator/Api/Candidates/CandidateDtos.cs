using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Candidates;

/// <summary>A candidate as <c>GET /candidates</c> lists it (secondary assignments carry only the job).</summary>
public sealed record CandidateListItemDto(
    string Id, bool Internal, string FirstName, string LastName, string? Email, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn,
    LocationDto? Location, IReadOnlyList<string> Tags, ConsentDto Consent, ListAssignmentDto? PrimaryAssignment,
    IReadOnlyList<SecondaryAssignmentDto> SecondaryAssignments, CandidateListActions Actions)
{
    public static CandidateListItemDto From(HttpContext context, SimCandidate c, IReadOnlyDictionary<string, SimJob> jobs)
    {
        var primary = c.PrimaryApplication;
        return new CandidateListItemDto(c.Id, c.Internal, c.FirstName, c.LastName, c.Email, c.CreatedOn, c.UpdatedOn,
            LocationDto.ForCandidate(c.Location), c.Tags, new ConsentDto(c.ConsentStatus),
            primary is null ? null : new ListAssignmentDto(JobRefDto.Of(context, primary.JobId, jobs), primary.Status, primary.SubStatus),
            c.SecondaryApplications.Select(a => new SecondaryAssignmentDto(new JobIdRefDto(a.JobId, JobRefDto.DetailsOf(context, a.JobId)))).ToList(),
            new CandidateListActions(ActionLink.To(context, $"/candidates/{c.Id}"), ActionLink.To(context, $"/candidates/{c.Id}/properties")));
    }
}

public sealed record ConsentDto(string Status);

public sealed record ListAssignmentDto(JobRefDto Job, string Status, string? SubStatus);

public sealed record SecondaryAssignmentDto(JobIdRefDto Job);

public sealed record JobIdRefDto(string Id, JobDetailsAction Actions);

public sealed record JobRefDto(string Id, string Title, JobDetailsAction Actions)
{
    public static JobRefDto Of(HttpContext context, string jobId, IReadOnlyDictionary<string, SimJob> jobs) =>
        new(jobId, jobs.TryGetValue(jobId, out var job) ? job.Title : "", DetailsOf(context, jobId));

    public static JobDetailsAction DetailsOf(HttpContext context, string jobId) => new(ActionLink.To(context, $"/jobs/{jobId}"));
}

public sealed record JobDetailsAction(ActionLink Details);

public sealed record CandidateListActions(ActionLink Details, ActionLink Properties);

/// <summary><c>GET /candidates/{id}</c>: the full profile, with full assignments.</summary>
public sealed record CandidateDetailsDto(
    string Id, bool Internal, string FirstName, string LastName, string? Email, string? PhoneNumber, LocationDto? Location,
    IReadOnlyDictionary<string, string> Web, IReadOnlyList<string> Tags, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn,
    IReadOnlyList<EducationDto> Education, IReadOnlyList<ExperienceDto> Experience, AssignmentDto? PrimaryAssignment,
    IReadOnlyList<AssignmentDto> SecondaryAssignments, CandidateDetailsActions Actions)
{
    public static CandidateDetailsDto From(HttpContext context, SimCandidate c, IReadOnlyDictionary<string, SimJob> jobs)
    {
        var primary = c.PrimaryApplication;
        var path = $"/candidates/{c.Id}";
        return new CandidateDetailsDto(c.Id, c.Internal, c.FirstName, c.LastName, c.Email, c.PhoneNumber, LocationDto.ForCandidate(c.Location),
            c.Web, c.Tags, c.CreatedOn, c.UpdatedOn,
            c.Education.Select(e => new EducationDto(e.Institution, e.Degree, e.Major, e.Current, e.StartDate, e.EndDate)).ToList(),
            c.Experience.Select(e => new ExperienceDto(e.Title, e.Company, e.Current, e.StartDate, e.EndDate)).ToList(),
            primary is null ? null : AssignmentDto.From(context, c, primary, jobs),
            c.SecondaryApplications.Select(a => AssignmentDto.From(context, c, a, jobs)).ToList(),
            new CandidateDetailsActions(ActionLink.To(context, path + "/properties"), ActionLink.To(context, path + "/attachments"),
                ActionLink.To(context, path + "/consent"), ActionLink.To(context, path + "/consents")));
    }
}

public sealed record EducationDto(string Institution, string Degree, string? Major, bool Current, string? StartDate, string? EndDate);

public sealed record ExperienceDto(string Title, string Company, bool Current, string? StartDate, string? EndDate);

public sealed record CandidateDetailsActions(ActionLink Properties, ActionLink Attachments, ActionLink Consent, ActionLink Consents);

/// <summary>
/// A full assignment. The spec composes it from the job (<c>id</c>, <c>title</c>, <c>job</c>) and the
/// assignment fields, so both are present.
/// </summary>
public sealed record AssignmentDto(
    string Id, string Title, JobRefDto Job, string Status, string? SubStatus, DateTimeOffset? StartsOn, string Source,
    IdLabel? ReasonOfRejection, IdLabel? ReasonOfWithdrawal, SourceDetailsAction Actions)
{
    public static AssignmentDto From(HttpContext context, SimCandidate c, SimApplication a, IReadOnlyDictionary<string, SimJob> jobs)
    {
        var job = JobRefDto.Of(context, a.JobId, jobs);
        return new AssignmentDto(a.JobId, job.Title, job, a.Status, a.SubStatus, a.StartsOn, a.Source, IdLabel.Of(a.ReasonOfRejection),
            IdLabel.Of(a.ReasonOfWithdrawal), new SourceDetailsAction(ActionLink.To(context, $"/candidates/{c.Id}/jobs/{a.JobId}/source")));
    }
}

public sealed record SourceDetailsAction(ActionLink SourceDetails);

/// <summary><c>GET /candidates/{id}/jobs/{jobId}</c>.</summary>
public sealed record ApplicationDto(
    string ApplicationId, string CandidateId, string JobId, string Status, string? SubStatus, DateTimeOffset? StartsOn, string Source,
    IdLabel? ReasonOfRejection, IdLabel? ReasonOfWithdrawal, SourceDetailsAction Actions, string Url)
{
    public static ApplicationDto From(HttpContext context, SimApplication a) => new(a.ApplicationId, a.CandidateId, a.JobId, a.Status,
        a.SubStatus, a.StartsOn, a.Source, IdLabel.Of(a.ReasonOfRejection), IdLabel.Of(a.ReasonOfWithdrawal),
        new SourceDetailsAction(ActionLink.To(context, $"/candidates/{a.CandidateId}/jobs/{a.JobId}/source")),
        ActionLink.BaseUrl(context) + $"/candidates/{a.CandidateId}/jobs/{a.JobId}");
}

public sealed record StatusHistoryEntryDto(DateTimeOffset ChangedOn, string Status, string? SubStatus);

public sealed record ScreeningAnswerDto(string Id, string Type, string Category, string Name, string Label, IReadOnlyList<AnswerRecordDto> Records)
{
    public static ScreeningAnswerDto From(SimScreeningAnswer a) => new(a.Id, a.Type, a.Category, a.Name, a.Label,
        a.Records.Select(r => new AnswerRecordDto(r.Select(f => new AnswerFieldDto(f.Id, f.Label, f.Values.Select(v => new IdLabel(v.Id, v.Label)).ToList())).ToList())).ToList());
}

public sealed record AnswerRecordDto(IReadOnlyList<AnswerFieldDto> Fields);

public sealed record AnswerFieldDto(string Id, string Label, IReadOnlyList<IdLabel> Values);

public sealed record OfferDto(string Id, string Status, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn, IReadOnlyDictionary<string, string> Properties, OfferActions Actions)
{
    public static OfferDto From(HttpContext context, SimApplication a, SimOffer o) => new(o.Id, o.Status, o.CreatedOn, o.UpdatedOn, o.Properties,
        new OfferActions(ActionLink.To(context, $"/candidates/{a.CandidateId}"), ActionLink.To(context, $"/jobs/{a.JobId}"),
            ActionLink.To(context, $"/candidates/{a.CandidateId}/jobs/{a.JobId}/offers/{o.Id}")));
}

public sealed record OfferActions(ActionLink Candidate, ActionLink Job, ActionLink Details);

public sealed record TagsDto(IReadOnlyList<string> Tags);

public sealed record AttachmentDto(string Id, string Name, string Type, string ContentType, AttachmentActions Actions)
{
    public static AttachmentDto From(HttpContext context, SimAttachment a) => new(a.Id, a.Name, a.Type, a.ContentType,
        new AttachmentActions(ActionLink.To(context, $"/candidates/attachments/{a.Id}"), ActionLink.To(context, $"/candidates/attachments/{a.Id}", "DELETE")));
}

public sealed record AttachmentActions(ActionLink Download, ActionLink Remove);
