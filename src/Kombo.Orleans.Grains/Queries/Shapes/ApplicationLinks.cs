using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>
/// The job and current stage of a batch of applications, as candidates and applications embed them: three
/// store queries for the whole batch (jobs, stages, and the jobs' stage lists for each stage's index).
/// </summary>
internal sealed class ApplicationLinks
{
    private readonly IReadOnlyDictionary<string, LinkedRecord> _jobs;
    private readonly IReadOnlyDictionary<string, LinkedRecord> _stages;
    private readonly Dictionary<(string Job, string Stage), JsonElement> _indexes;

    private ApplicationLinks(IReadOnlyDictionary<string, LinkedRecord> jobs, IReadOnlyDictionary<string, LinkedRecord> stages, Dictionary<(string, string), JsonElement> indexes)
    {
        _jobs = jobs;
        _stages = stages;
        _indexes = indexes;
    }

    public static async Task<ApplicationLinks> LoadAsync(ShapeReader reader, IReadOnlyCollection<LinkedRecord> applications)
    {
        var jobIds = applications.Select(a => a.String("job_id")).ToList();
        var jobs = reader.ByIdsAsync(UnifiedModels.Job, jobIds);
        var stages = reader.ByIdsAsync(UnifiedModels.ApplicationStage, applications.Select(a => a.String("current_stage_id")));
        var pipelines = reader.ByLinkAsync(UnifiedModels.JobApplicationStage, "job_id", jobIds);
        var indexes = new Dictionary<(string, string), JsonElement>();
        foreach (var link in (await pipelines).SelectMany(g => g))
        {
            if (link.String("job_id") is { } job && link.String("stage_id") is { } stage && link.Payload.TryGetProperty("index", out var index))
            {
                indexes[(job, stage)] = index;
            }
        }

        return new ApplicationLinks(await jobs, await stages, indexes);
    }

    /// <summary><c>job</c>: {id, remote_id, name}, or null when the application names no job the store knows.</summary>
    public void WriteJob(Utf8JsonWriter writer, LinkedRecord application) => WriteJob(writer, _jobs, application);

    public static void WriteJob(Utf8JsonWriter writer, IReadOnlyDictionary<string, LinkedRecord> jobs, LinkedRecord application)
    {
        writer.WritePropertyName("job");
        if (application.String("job_id") is { } id && jobs.TryGetValue(id, out var job))
        {
            writer.WriteStartObject();
            writer.WriteString("id", job.Id);
            writer.WriteString("remote_id", job.Record.RemoteId);
            job.Copy(writer, "name");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary><c>current_stage</c>: {id, remote_id, name, index}, the index being the stage's place in the job's pipeline.</summary>
    public void WriteCurrentStage(Utf8JsonWriter writer, LinkedRecord application)
    {
        writer.WritePropertyName("current_stage");
        if (application.String("current_stage_id") is { } id && _stages.TryGetValue(id, out var stage))
        {
            writer.WriteStartObject();
            writer.WriteString("id", stage.Id);
            stage.Copy(writer, "remote_id");
            stage.Copy(writer, "name");
            writer.WritePropertyName("index");
            if (application.String("job_id") is { } job && _indexes.TryGetValue((job, id), out var index))
            {
                index.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
