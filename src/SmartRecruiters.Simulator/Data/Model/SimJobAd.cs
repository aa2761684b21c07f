namespace SmartRecruiters.Simulator.Data.Model;

public sealed class SimJobAd
{
    public required string Id { get; init; }

    /// <summary>The posting UUID of the Apply API (<c>/postings/{uuid}</c>).</summary>
    public required string PostingUuid { get; init; }

    public required string Title { get; set; }

    public string LanguageCode { get; set; } = "en";

    public SimJobAdSections Sections { get; set; } = new();

    public DateTimeOffset CreatedOn { get; init; }

    public DateTimeOffset UpdatedOn { get; set; }

    /// <summary>PUBLISHED or NOT_PUBLISHED.</summary>
    public required string PostingStatus { get; set; }

    public bool Default { get; init; }

    /// <summary>PUBLIC, INTERNAL or PRIVATE.</summary>
    public required string Visibility { get; set; }

    public string? ApplyUrl { get; set; }

    public string? CreatorUserId { get; set; }
}
