using System.Text.Json.Serialization;

namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// A public posting: an element of <c>GET /v1/companies/{company}/postings</c> (envelope
/// <c>{totalFound, limit, offset, content}</c>) or <c>GET /v1/companies/{company}/postings/{postingId}</c>.
/// <c>jobId</c>, <c>applyUrl</c>, <c>postingUrl</c>, <c>referralUrl</c>, <c>jobAd</c> and <c>active</c>
/// come with the details only.
/// </summary>
public sealed record PostingDto
{
    /// <summary>The posting id (the public job board's id).</summary>
    public string? Id { get; init; }

    /// <summary>The posting UUID, which the Apply API takes.</summary>
    public string? Uuid { get; init; }

    /// <summary>The job ad title.</summary>
    public string? Name { get; init; }

    public string? JobId { get; init; }

    public string? JobAdId { get; init; }

    public bool? DefaultJobAd { get; init; }

    public string? ApplyUrl { get; init; }

    public string? PostingUrl { get; init; }

    public string? ReferralUrl { get; init; }

    public string? RefNumber { get; init; }

    public PostingCompanyDto? Company { get; init; }

    public DateTimeOffset? ReleasedDate { get; init; }

    public PostingLocationDto? Location { get; init; }

    public IdLabelDto? Industry { get; init; }

    public DepartmentDto? Department { get; init; }

    public IdLabelDto? Function { get; init; }

    public IdLabelDto? TypeOfEmployment { get; init; }

    /// <summary><c>{id, name}</c> here, not <c>{id, label}</c>.</summary>
    public PostingExperienceLevelDto? ExperienceLevel { get; init; }

    /// <summary>Job properties (singular name, as SmartRecruiters spells it).</summary>
    public IReadOnlyList<PostingCustomFieldDto>? CustomField { get; init; }

    /// <summary>This posting's URL on the Posting API.</summary>
    public string? Ref { get; init; }

    public PostingCreatorDto? Creator { get; init; }

    public LanguageDto? Language { get; init; }

    /// <summary>PUBLIC or INTERNAL.</summary>
    public string? Visibility { get; init; }

    public JobAdContentDto? JobAd { get; init; }

    public bool? Active { get; init; }
}

public sealed record PostingCompanyDto
{
    public string? Identifier { get; init; }

    public string? Name { get; init; }
}

/// <summary>A posting's location: <c>country</c> is the ISO-2 code; coordinates are strings.</summary>
public sealed record PostingLocationDto
{
    public string? Country { get; init; }

    public string? Region { get; init; }

    public string? City { get; init; }

    public bool? Remote { get; init; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Latitude { get; init; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Longitude { get; init; }
}

public sealed record PostingExperienceLevelDto
{
    /// <summary>associate, director, entry_level, executive, internship, mid_senior_level, not_applicable.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }
}

public sealed record PostingCustomFieldDto
{
    public string? FieldId { get; init; }

    public string? FieldLabel { get; init; }

    public string? ValueId { get; init; }

    public string? ValueLabel { get; init; }
}

public sealed record PostingCreatorDto
{
    /// <summary>The recruiter's display name.</summary>
    public string? Name { get; init; }
}
