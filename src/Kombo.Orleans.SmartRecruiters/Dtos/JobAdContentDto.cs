namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>
/// The <c>jobAd</c> object of job details, of each job ad and of posting details:
/// <c>{sections: {companyDescription, jobDescription, qualifications, additionalInformation, videos}, language}</c>
/// (<c>language</c> on job details only).
/// </summary>
public sealed record JobAdContentDto
{
    public JobAdSectionsDto? Sections { get; init; }

    public LanguageDto? Language { get; init; }
}

/// <summary>The sections of a job ad; each is a title and an HTML text.</summary>
public sealed record JobAdSectionsDto
{
    public JobAdSectionDto? CompanyDescription { get; init; }

    public JobAdSectionDto? JobDescription { get; init; }

    public JobAdSectionDto? Qualifications { get; init; }

    public JobAdSectionDto? AdditionalInformation { get; init; }

    public JobAdVideosDto? Videos { get; init; }
}

public sealed record JobAdSectionDto
{
    public string? Title { get; init; }

    /// <summary>HTML.</summary>
    public string? Text { get; init; }
}

public sealed record JobAdVideosDto
{
    public string? Title { get; init; }

    public IReadOnlyList<string>? Urls { get; init; }
}
