using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Jobs;

public sealed record JobSummaryDto(
    string Id, string Title, string? RefNumber, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn, DateTimeOffset LastActivityOn,
    DepartmentRef? Department, LocationDto? Location, string Status, string PostingStatus, JobLanguageDto Language, DetailsActions Actions)
{
    public static JobSummaryDto From(HttpContext context, SimJob job) => new(job.Id, job.Title, job.RefNumber, job.CreatedOn, job.UpdatedOn,
        job.LastActivityOn, DepartmentRef.Of(job.Department), LocationDto.ForJob(job.Location, withCoordinates: false), job.Status,
        job.PostingStatus, JobLanguageDto.English, new DetailsActions(ActionLink.To(context, $"/jobs/{job.Id}")));
}

public sealed record JobDetailsDto(
    string Id, string Title, string? RefNumber, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn, DateTimeOffset LastActivityOn,
    DepartmentRef? Department, LocationDto? Location, string Status, string PostingStatus, JobLanguageDto Language,
    DateTimeOffset? TargetHiringDate, IdLabel? Industry, IdLabel? Function, IdLabel? TypeOfEmployment, IdLabel? ExperienceLevel,
    IdLabel? EeoCategory, bool Template, CreatorDto? Creator, CompensationDto? Compensation, JobAdDto JobAd,
    IReadOnlyList<JobPropertyDto> Properties, JobActions Actions)
{
    public static JobDetailsDto From(HttpContext context, SimJob job, IReadOnlyDictionary<string, SimUser> users)
    {
        var creator = job.CreatorUserId is { } id && users.TryGetValue(id, out var user) ? new CreatorDto(user.Id, user.FirstName, user.LastName) : null;
        var path = $"/jobs/{job.Id}";
        return new JobDetailsDto(job.Id, job.Title, job.RefNumber, job.CreatedOn, job.UpdatedOn, job.LastActivityOn,
            DepartmentRef.Of(job.Department), LocationDto.ForJob(job.Location, withCoordinates: true), job.Status, job.PostingStatus,
            JobLanguageDto.English, job.TargetHiringDate, IdLabel.Of(job.Industry), IdLabel.Of(job.Function), IdLabel.Of(job.TypeOfEmployment),
            IdLabel.Of(job.ExperienceLevel), null, false, creator,
            job.Compensation is { } c ? new CompensationDto(c.Min, c.Max, c.Currency) : null,
            new JobAdDto(SectionsDto.From(job.Sections), JobLanguageDto.English),
            job.Properties.Select(p => new JobPropertyDto(p.Id, p.Label, new IdLabel(p.ValueId, p.ValueLabel))).ToList(),
            new JobActions(ActionLink.To(context, path + "/hiring-team"), ActionLink.To(context, path + "/publication"),
                ActionLink.To(context, path + "/positions"),
                job.DefaultAd?.ApplyUrl is { } apply ? new ActionLink(apply) : null, ActionLink.To(context, path)));
    }
}

public sealed record DepartmentRef(string? Id, string Label)
{
    public static DepartmentRef? Of(SimLabel? label) => label is null ? null : new(label.Id, label.Label);
}

public sealed record JobLanguageDto(string Code, string Label, string LabelNative)
{
    public static readonly JobLanguageDto English = new("en", "English", "English (US)");

    public static JobLanguageDto Of(string code) => code switch
    {
        "pl" => new("pl", "Polish", "polski"),
        "de" => new("de", "German", "Deutsch"),
        _ => English,
    };
}

public sealed record DetailsActions(ActionLink Details);

public sealed record JobActions(ActionLink HiringTeam, ActionLink Publications, ActionLink Positions, ActionLink? ApplyOnWeb, ActionLink Details);

public sealed record CreatorDto(string Id, string FirstName, string LastName);

public sealed record CompensationDto(decimal Min, decimal Max, string Currency);

public sealed record JobAdDto(SectionsDto Sections, JobLanguageDto? Language);

public sealed record SectionDto(string Title, string Text);

public sealed record SectionsDto(SectionDto CompanyDescription, SectionDto JobDescription, SectionDto Qualifications, SectionDto AdditionalInformation)
{
    public static SectionsDto From(SimJobAdSections s) => new(
        new(s.CompanyDescription.Title ?? "", s.CompanyDescription.Text ?? ""), new(s.JobDescription.Title ?? "", s.JobDescription.Text ?? ""),
        new(s.Qualifications.Title ?? "", s.Qualifications.Text ?? ""), new(s.AdditionalInformation.Title ?? "", s.AdditionalInformation.Text ?? ""));
}

public sealed record JobPropertyDto(string Id, string Label, IdLabel Value);

public sealed record JobStatusChangeDto(DateTimeOffset ChangedOn, string Status, UserAction? Actions);

public sealed record UserAction(ActionLink User);

public sealed record HiringTeamMemberDto(string Id, string Role, DetailsActions Actions);

public sealed record JobAdItemDto(
    string Id, string Title, JobLanguageDto Language, JobAdDto JobAd, DateTimeOffset CreatedOn, DateTimeOffset UpdatedOn, string? ApplyUrl,
    string PostingStatus, bool Default, PostingsAction Actions, IdOnly Creator, string Visibility)
{
    public static JobAdItemDto From(HttpContext context, SimJob job, SimJobAd ad) => new(ad.Id, ad.Title, JobLanguageDto.Of(ad.LanguageCode),
        new JobAdDto(SectionsDto.From(ad.Sections), null), ad.CreatedOn, ad.UpdatedOn, ad.ApplyUrl, ad.PostingStatus, ad.Default,
        new PostingsAction(ActionLink.To(context, $"/jobs/{job.Id}/jobads/{ad.Id}/postings")), new IdOnly(ad.CreatorUserId ?? job.CreatorUserId ?? ""), ad.Visibility);
}

public sealed record PostingsAction(ActionLink Postings);

public sealed record IdOnly(string Id);
