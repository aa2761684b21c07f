using SmartRecruiters.Simulator.Accounts;
using SmartRecruiters.Simulator.Api.Jobs;
using SmartRecruiters.Simulator.Data.Model;

namespace SmartRecruiters.Simulator.Api.Postings;

public sealed record PostingDto(
    string Id, string Uuid, string Name, string? JobId, string JobAdId, bool DefaultJobAd, string? ApplyUrl, string? PostingUrl,
    string? ReferralUrl, string? RefNumber, CompanyDto Company, DateTimeOffset ReleasedDate, PostingLocationDto? Location,
    IdLabel? Industry, IdLabel? Department, IdLabel? Function, IdLabel? TypeOfEmployment, ExperienceLevelDto? ExperienceLevel,
    IReadOnlyList<CustomFieldDto> CustomField, string Ref, CreatorNameDto Creator, JobLanguageDto Language, string Visibility,
    SectionsWrapperDto? JobAd, bool? Active)
{
    /// <summary>A posting; <paramref name="details"/> adds what only <c>/postings/{id}</c> returns.</summary>
    public static PostingDto From(HttpContext context, SimAccount account, SimJob job, SimJobAd ad, bool details)
    {
        var creator = job.CreatorUserId is { } id && account.UsersById.TryGetValue(id, out var user) ? $"{user.FirstName} {user.LastName}" : "Recruiter";
        var location = job.Location is { } l
            ? new PostingLocationDto(l.CountryCode, l.Region, l.City, l.Remote,
                l.Latitude?.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Longitude?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;
        var postingUrl = $"https://jobs.smartrecruiters.com/{account.Identifier}/{job.PostingId}";
        return new PostingDto(job.PostingId, ad.PostingUuid, ad.Title, details ? job.Id : null, ad.Id, ad.Default,
            details ? ad.ApplyUrl : null, details ? postingUrl : null, details ? postingUrl + "?trid=referral" : null, job.RefNumber,
            new CompanyDto(account.Identifier, account.Name), ad.UpdatedOn, location, IdLabel.Of(job.Industry), IdLabel.Of(job.Department),
            IdLabel.Of(job.Function), IdLabel.Of(job.TypeOfEmployment),
            job.ExperienceLevel is { } level ? new ExperienceLevelDto(level.Id, level.Label) : null,
            job.Properties.Select(p => new CustomFieldDto(p.Id, p.Label, p.ValueId, p.ValueLabel)).ToList(),
            ActionLink.BaseUrl(context) + $"/v1/companies/{account.Identifier}/postings/{job.PostingId}", new CreatorNameDto(creator),
            JobLanguageDto.Of(ad.LanguageCode), ad.Visibility == "INTERNAL" ? "INTERNAL" : "PUBLIC",
            details ? new SectionsWrapperDto(SectionsDto.From(ad.Sections)) : null, details ? true : null);
    }
}

public sealed record CompanyDto(string Identifier, string Name);

public sealed record PostingLocationDto(string? Country, string? Region, string? City, bool Remote, string? Latitude, string? Longitude);

public sealed record ExperienceLevelDto(string Id, string Name);

public sealed record CustomFieldDto(string FieldId, string FieldLabel, string ValueId, string ValueLabel);

public sealed record CreatorNameDto(string Name);

public sealed record SectionsWrapperDto(SectionsDto Sections);

public sealed record ApplyConfigurationDto(IReadOnlyList<ScreeningQuestionDto> Questions, ApplySettingsDto Settings, IReadOnlyList<PrivacyPolicyDto> PrivacyPolicies);

public sealed record ScreeningQuestionDto(string Id, string Label, bool Repeatable, IReadOnlyList<ScreeningQuestionFieldDto> Fields)
{
    public static ScreeningQuestionDto From(SimQuestion q) => new(q.Id, q.Label, q.Repeatable,
        q.Fields.Select(f => new ScreeningQuestionFieldDto(f.Id, f.Label, f.Type, f.Required, f.ComplianceType, f.Values.Select(v => new IdLabel(v.Id, v.Label)).ToList())).ToList());
}

public sealed record ScreeningQuestionFieldDto(string Id, string Label, string Type, bool Required, string? ComplianceType, IReadOnlyList<IdLabel> Values);

public sealed record ApplySettingsDto(bool AvatarUploadAvailable);

public sealed record PrivacyPolicyDto(string Url, string OrgName);

/// <summary>The Apply API's own error body: <c>{id, code, message}</c>.</summary>
public sealed record ApplyApiError(string Id, string Code, string Message);
