using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>
/// Applications with their candidate (and the candidate's tags), current stage, job, interviews and offers.
/// Interviews include deleted ones, shown as canceled (MAPPING.md: an interview that disappears from SmartRecruiters
/// is canceled); offers are the live ones.
/// </summary>
internal sealed class ApplicationShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["candidate", "current_stage", "job", "interviews", "offers"];

    public string Scope => UnifiedModels.Application;

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var ids = page.Select(a => a.Id).ToList();
        var candidateIds = page.Select(a => a.String("candidate_id")).ToList();
        var candidatesTask = reader.ByIdsAsync(UnifiedModels.Candidate, candidateIds);
        var tagsTask = TagLists.LoadAsync(reader, candidateIds);
        var linksTask = ApplicationLinks.LoadAsync(reader, page);
        var interviewsTask = reader.ByLinkAsync(UnifiedModels.Interview, "application_id", ids, includeDeleted: true);
        var offersTask = reader.ByLinkAsync(UnifiedModels.Offer, "application_id", ids);
        var candidates = await candidatesTask;
        var tags = await tagsTask;
        var links = await linksTask;
        var interviews = await interviewsTask;
        var offers = await offersTask;

        foreach (var application in page)
        {
            RecordJson.StartRecord(writer, application, Embedded);
            CandidateSummary.Write(writer, candidates, application.String("candidate_id"), candidate =>
            {
                candidate.Copy(writer, "source");
                candidate.Copy(writer, "remote_url");
                tags.Write(writer, candidate.Id);
            }, "phone_numbers", "social_media");
            links.WriteCurrentStage(writer, application);
            links.WriteJob(writer, application);
            WriteInterviews(writer, interviews[application.Id]);
            WriteOffers(writer, offers[application.Id]);
            writer.WriteEndObject();
        }
    }

    private static void WriteInterviews(Utf8JsonWriter writer, IEnumerable<LinkedRecord> interviews)
    {
        writer.WriteStartArray("interviews");
        foreach (var interview in interviews.OrderBy(i => i.String("starting_at"), StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", interview.Id);
            interview.Copy(writer, "remote_id");
            interview.Copy(writer, "title");
            interview.Copy(writer, "starting_at");
            interview.Copy(writer, "ending_at");
            interview.Copy(writer, "location");
            InterviewShape.WriteCanceled(writer, interview);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOffers(Utf8JsonWriter writer, IEnumerable<LinkedRecord> offers)
    {
        writer.WriteStartArray("offers");
        foreach (var offer in offers.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            offer.WriteObject(writer, "remote_id", "status");
        }

        writer.WriteEndArray();
    }
}
