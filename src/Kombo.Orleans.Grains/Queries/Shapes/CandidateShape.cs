using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Candidates with their live applications (each with its current stage and job) and their tags.</summary>
internal sealed class CandidateShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["applications", "tags"];

    public string Scope => UnifiedModels.Candidate;

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var ids = page.Select(c => c.Id).ToList();
        var tagsTask = TagLists.LoadAsync(reader, ids);
        var applications = await reader.ByLinkAsync(UnifiedModels.Application, "candidate_id", ids);
        var links = await ApplicationLinks.LoadAsync(reader, applications.SelectMany(g => g).ToList());
        var tags = await tagsTask;

        foreach (var candidate in page)
        {
            RecordJson.StartRecord(writer, candidate, Embedded);
            writer.WriteStartArray("applications");
            foreach (var application in applications[candidate.Id].OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("id", application.Id);
                application.Copy(writer, "remote_id");
                application.Copy(writer, "outcome");
                application.Copy(writer, "rejection_reason_name");
                application.Copy(writer, "rejected_at");
                application.Copy(writer, "remote_url");
                RecordJson.WriteTimes(writer, application.Record);
                application.Copy(writer, "remote_created_at");
                application.Copy(writer, "remote_updated_at");
                links.WriteCurrentStage(writer, application);
                links.WriteJob(writer, application);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            tags.Write(writer, candidate.Id);
            writer.WriteEndObject();
        }
    }
}
