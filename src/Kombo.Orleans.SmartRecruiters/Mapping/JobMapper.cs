using System.Text;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Dtos;

namespace Kombo.Orleans.SmartRecruiters.Mapping;

/// <summary>What a job is built from.</summary>
/// <param name="Details"><c>GET /jobs/{id}</c>.</param>
/// <param name="History">The entries of <c>GET /jobs/{id}/status/history</c> (for <c>opened_at</c>).</param>
/// <param name="Ads"><c>GET /jobs/{id}/jobads</c> (for <c>post_url</c>: the default ad).</param>
public sealed record JobSource(
    JobDetailsDto Details,
    IReadOnlyList<JobStatusChangeDto> History,
    IReadOnlyList<JobAdDto> Ads);

/// <summary>
/// Jobs (<c>GET /jobs/{id}</c> + status history + job ads), field by field as MAPPING.md's table says. Kombo fields
/// SmartRecruiters does not have are null: confidential, weekly_hours, remote_work_status, salary_amount,
/// salary_period, closed_at, contact_id, and remote_url (the API gives no web-UI link for a job).
/// Job properties are served as integration_fields (<c>{id: property id, key: property id, type: CUSTOM, label,
/// value: value.label}</c>, ordered by property id); custom_fields is <c>{}</c> (its keys are the names a Kombo user
/// maps, and no such mapping is configured).
/// remote_data: <c>/jobs/{id}</c> (details), <c>/jobs/{id}/status/history</c> (as the API's
/// <c>{totalFound, content}</c> envelope), <c>/jobs/{id}/jobads</c> (the bare array).
/// </summary>
public static class JobMapper
{
    public static UnifiedJob Map(MappingContext ctx, JobSource source)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(source.Details);
        var job = source.Details;
        var id = MappingGuards.RemoteId(job.Id, "job");
        var history = source.History ?? [];
        var ads = source.Ads ?? [];
        var properties = (job.Properties ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p?.Id))
            .Select(p => p!)
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        return new UnifiedJob(
            Id: ctx.Id(UnifiedModels.Job, id),
            RemoteId: id,
            Name: Labels.NullIfEmpty(job.Title),
            JobCode: Labels.NullIfEmpty(job.RefNumber),
            Description: DescriptionHtml(job.JobAd?.Sections),
            Confidential: null,
            WeeklyHours: null,
            EmploymentType: EmploymentTypeOf(job.TypeOfEmployment),
            Status: StatusOf(job.Status),
            Visibility: VisibilityOf(job.PostingStatus),
            Category: Labels.NullIfEmpty(job.Function?.Label),
            Department: Labels.NullIfEmpty(job.Department?.Label),
            PostUrl: PostUrlOf(ads),
            ExperienceLevel: Labels.NullIfEmpty(job.ExperienceLevel?.Label),
            RemoteWorkStatus: null,
            SalaryAmount: null,
            SalaryAmountFrom: job.Compensation?.Min,
            SalaryAmountTo: job.Compensation?.Max,
            SalaryCurrency: Labels.NullIfEmpty(job.Compensation?.Currency),
            SalaryPeriod: null,
            Location: LocationMapper.Map(job.Location),
            CustomFields: new Dictionary<string, RawJson>(StringComparer.Ordinal),
            IntegrationFields: properties
                .Select(p => new IntegrationField(p.Id!, p.Id!, IntegrationFieldType.Custom, Labels.NullIfEmpty(p.Label), ValueOf(p)))
                .ToList(),
            RemoteUrl: null,
            OpenedAt: OpenedAtOf(history),
            ClosedAt: null,
            RemoteCreatedAt: job.CreatedOn?.ToUniversalTime(),
            RemoteUpdatedAt: job.UpdatedOn?.ToUniversalTime(),
            ContactId: null,
            RemoteData: RemoteData.Of(
                (Path(id), job),
                ($"{Path(id)}/status/history", new ContentListDto<JobStatusChangeDto> { TotalFound = history.Count, Content = history }),
                ($"{Path(id)}/jobads", ads)),
            ChangedAt: ctx.ObservedAt,
            RemoteDeletedAt: null);
    }

    /// <summary>The API path of a job, the key of its <c>remote_data</c>.</summary>
    public static string Path(string jobId) => $"/jobs/{jobId}";

    /// <summary>
    /// Job ad sections as HTML: companyDescription, jobDescription, qualifications, additionalInformation, in that
    /// order; a section counts when its <c>text</c> is non-empty and renders as <c>&lt;h3&gt;{title}&lt;/h3&gt;{text}</c>
    /// (just <c>{text}</c> when the title is empty); sections joined with <c>\n</c>. Title and text are written as
    /// SmartRecruiters gives them (the text is HTML already). No section → null.
    /// </summary>
    public static string? DescriptionHtml(JobAdSectionsDto? sections)
    {
        if (sections is null)
        {
            return null;
        }

        var parts = new[] { sections.CompanyDescription, sections.JobDescription, sections.Qualifications, sections.AdditionalInformation }
            .Where(s => !string.IsNullOrWhiteSpace(s?.Text))
            .Select(s => string.IsNullOrWhiteSpace(s!.Title) ? s.Text! : $"<h3>{s.Title}</h3>{s.Text}");
        return Labels.NullIfEmpty(string.Join('\n', parts));
    }

    /// <summary>
    /// <c>employment_type</c> from <c>typeOfEmployment</c>: its <c>id</c>, else its <c>label</c> when the id does not
    /// map (case- and separator-insensitive): full-time → FULL_TIME, part-time → PART_TIME, contract / contractor /
    /// temporary → CONTRACT, intern / internship → INTERNSHIP, seasonal → SEASONAL. Neither maps → the label
    /// (the id when there is no label).
    /// </summary>
    public static string? EmploymentTypeOf(IdLabelDto? typeOfEmployment)
    {
        if (typeOfEmployment is null)
        {
            return null;
        }

        return EmploymentTypeFrom(typeOfEmployment.Id)
            ?? EmploymentTypeFrom(typeOfEmployment.Label)
            ?? Labels.NullIfEmpty(typeOfEmployment.Label)
            ?? Labels.NullIfEmpty(typeOfEmployment.Id);
    }

    /// <summary>Job status: CREATED → DRAFT; SOURCING, INTERVIEW, OFFER → OPEN; FILLED, ON_HOLD → CLOSED; CANCELLED → ARCHIVED; others as is.</summary>
    public static string? StatusOf(string? status) => status switch
    {
        "CREATED" => JobStatus.Draft,
        "SOURCING" or "INTERVIEW" or "OFFER" => JobStatus.Open,
        "FILLED" or "ON_HOLD" => JobStatus.Closed,
        "CANCELLED" => JobStatus.Archived,
        _ => Labels.NullIfEmpty(status),
    };

    /// <summary>Job visibility from <c>postingStatus</c>: PUBLIC, INTERNAL as is; PRIVATE, NOT_PUBLISHED → UNLISTED; others as is.</summary>
    public static string? VisibilityOf(string? postingStatus) => postingStatus switch
    {
        "PUBLIC" => JobVisibility.Public,
        "INTERNAL" => JobVisibility.Internal,
        "PRIVATE" or "NOT_PUBLISHED" => JobVisibility.Unlisted,
        _ => Labels.NullIfEmpty(postingStatus),
    };

    /// <summary><c>post_url</c>: the <c>applyUrl</c> of the default job ad when it is PUBLISHED with visibility PUBLIC; else null.</summary>
    public static string? PostUrlOf(IEnumerable<JobAdDto?> ads)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var ad = ads.FirstOrDefault(a => a?.Default == true);
        return ad is { PostingStatus: "PUBLISHED", Visibility: "PUBLIC" } ? Labels.NullIfEmpty(ad.ApplyUrl) : null;
    }

    /// <summary><c>opened_at</c>: the first (earliest) <c>changedOn</c> of a history entry whose status maps to OPEN.</summary>
    public static DateTimeOffset? OpenedAtOf(IEnumerable<JobStatusChangeDto?> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .Where(h => h?.ChangedOn is not null && StatusOf(h.Status) == JobStatus.Open)
            .Select(h => h!.ChangedOn?.ToUniversalTime())
            .Min();
    }

    private static RawJson? ValueOf(JobPropertyDto property) =>
        Labels.NullIfEmpty(property.Value?.Label) is { } label ? RawJson.FromString(label) : null;

    private static string? EmploymentTypeFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString() switch
        {
            "fulltime" => EmploymentType.FullTime,
            "parttime" => EmploymentType.PartTime,
            "contract" or "contractor" or "temporary" => EmploymentType.Contract,
            "intern" or "internship" => EmploymentType.Internship,
            "seasonal" => EmploymentType.Seasonal,
            _ => null,
        };
    }
}
