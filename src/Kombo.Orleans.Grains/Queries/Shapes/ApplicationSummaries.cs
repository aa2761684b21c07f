using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>The <c>application</c> object interviews and offers embed: the application with its candidate and job, three queries per batch.</summary>
internal sealed class ApplicationSummaries
{
    private readonly IReadOnlyDictionary<string, LinkedRecord> _applications;
    private readonly IReadOnlyDictionary<string, LinkedRecord> _candidates;
    private readonly IReadOnlyDictionary<string, LinkedRecord> _jobs;

    private ApplicationSummaries(IReadOnlyDictionary<string, LinkedRecord> applications, IReadOnlyDictionary<string, LinkedRecord> candidates, IReadOnlyDictionary<string, LinkedRecord> jobs)
    {
        _applications = applications;
        _candidates = candidates;
        _jobs = jobs;
    }

    public static async Task<ApplicationSummaries> LoadAsync(ShapeReader reader, IEnumerable<string?> applicationIds)
    {
        var applications = await reader.ByIdsAsync(UnifiedModels.Application, applicationIds);
        var candidates = reader.ByIdsAsync(UnifiedModels.Candidate, applications.Values.Select(a => a.String("candidate_id")));
        var jobs = reader.ByIdsAsync(UnifiedModels.Job, applications.Values.Select(a => a.String("job_id")));
        return new ApplicationSummaries(applications, await candidates, await jobs);
    }

    /// <summary>
    /// <c>application</c>: {candidate, job}, and for interviews also {id, remote_id, outcome, rejection_reason_name}
    /// (Kombo's offer shape has no more); null when the store has no such application.
    /// </summary>
    public void Write(Utf8JsonWriter writer, string? applicationId, bool withOutcome)
    {
        writer.WritePropertyName("application");
        if (applicationId is null || !_applications.TryGetValue(applicationId, out var application))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        if (withOutcome)
        {
            writer.WriteString("id", application.Id);
            application.Copy(writer, "remote_id");
            application.Copy(writer, "outcome");
            application.Copy(writer, "rejection_reason_name");
        }

        CandidateSummary.Write(writer, _candidates, application.String("candidate_id"));
        ApplicationLinks.WriteJob(writer, _jobs, application);
        writer.WriteEndObject();
    }
}
