namespace Kombo.Orleans.SmartRecruiters.Dtos;

/// <summary>An element of <c>GET /jobs/{jobId}/jobads</c>, which answers a bare JSON array (no envelope).</summary>
public sealed record JobAdDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public LanguageDto? Language { get; init; }

    public JobAdContentDto? JobAd { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? UpdatedOn { get; init; }

    public string? ApplyUrl { get; init; }

    /// <summary>PUBLISHED or NOT_PUBLISHED (not the job-level posting status).</summary>
    public string? PostingStatus { get; init; }

    /// <summary>Whether this is the job's default ad.</summary>
    public bool? Default { get; init; }

    public JobAdActionsDto? Actions { get; init; }

    /// <summary><c>{id}</c> only.</summary>
    public UserIdentityDto? Creator { get; init; }

    /// <summary>PUBLIC, INTERNAL, PRIVATE.</summary>
    public string? Visibility { get; init; }
}

public sealed record JobAdActionsDto
{
    public ActionDto? Postings { get; init; }
}
