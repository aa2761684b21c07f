using System.Text.Json;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>Interviews with their interviewers (users) and their application (with its candidate and job).</summary>
internal sealed class InterviewShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["users", "application", "canceled"];

    public string Scope => UnifiedModels.Interview;

    /// <summary>
    /// A deleted interview is canceled (MAPPING.md): the stored payload still says what it said while it existed,
    /// so the read side decides.
    /// </summary>
    public static void WriteCanceled(Utf8JsonWriter writer, LinkedRecord interview)
    {
        if (interview.IsDeleted)
        {
            writer.WriteBoolean("canceled", true);
        }
        else
        {
            interview.Copy(writer, "canceled");
        }
    }

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var team = await reader.ByLinkAsync(UnifiedModels.InterviewingTeamMember, "interview_id", page.Select(i => i.Id));
        var usersTask = reader.ByIdsAsync(UnifiedModels.User, team.SelectMany(g => g).Select(m => m.String("user_id")));
        var applications = await ApplicationSummaries.LoadAsync(reader, page.Select(i => i.String("application_id")));
        var users = await usersTask;

        foreach (var interview in page)
        {
            RecordJson.StartRecord(writer, interview, Embedded);
            WriteCanceled(writer, interview);
            writer.WriteStartArray("users");
            var members = team[interview.Id].Select(m => m.String("user_id")).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(id => users.GetValueOrDefault(id)).OfType<LinkedRecord>().OrderBy(u => u.Id, StringComparer.Ordinal);
            foreach (var user in members)
            {
                user.WriteObject(writer, "remote_id", "first_name", "last_name", "email");
            }

            writer.WriteEndArray();
            applications.Write(writer, interview.String("application_id"), withOutcome: true);
            writer.WriteEndObject();
        }
    }
}
