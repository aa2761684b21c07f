using System.Text.Json;
using Kombo.Orleans.Abstractions.Ats;
using Kombo.Orleans.SmartRecruiters.Mapping;

namespace Kombo.Orleans.Grains.Queries.Shapes;

/// <summary>
/// Jobs with their pipeline stages, screening questions, postings and hiring team. Each embedded list joins a link
/// model with the linked records, both read once per page; the links are live ones (a stage or question removed
/// from a job is no longer part of it), the linked records may be deleted (the link still names them).
/// </summary>
internal sealed class JobShape : IResultShape
{
    private static readonly HashSet<string> Embedded = ["stages", "screening_questions", "job_postings", "hiring_team"];

    public string Scope => UnifiedModels.Job;

    public async Task WriteAsync(Utf8JsonWriter writer, IReadOnlyList<LinkedRecord> page, ShapeReader reader)
    {
        var jobIds = page.Select(j => j.Id).ToList();
        var stageLinksTask = reader.ByLinkAsync(UnifiedModels.JobApplicationStage, "job_id", jobIds);
        var questionLinksTask = reader.ByLinkAsync(UnifiedModels.JobScreeningQuestion, "job_id", jobIds);
        var postingsTask = reader.ByLinkAsync(UnifiedModels.JobPosting, "job_id", jobIds);
        var membersTask = reader.ByLinkAsync(UnifiedModels.JobHiringTeamMember, "job_id", jobIds);

        var stageLinks = await stageLinksTask;
        var questionLinks = await questionLinksTask;
        var members = await membersTask;
        var memberIds = members.SelectMany(g => g).Select(m => m.Id).ToList();
        var stagesTask = reader.ByIdsAsync(UnifiedModels.ApplicationStage, stageLinks.SelectMany(g => g).Select(l => l.String("stage_id")));
        var questionsTask = reader.ByIdsAsync(UnifiedModels.ScreeningQuestion, questionLinks.SelectMany(g => g).Select(l => l.String("question_id")));
        var usersTask = reader.ByIdsAsync(UnifiedModels.User, members.SelectMany(g => g).Select(m => m.String("user_id")));
        var assignments = await reader.ByLinkAsync(UnifiedModels.JobUserRoleAssignment, "job_user_id", memberIds);
        var roles = await reader.ByIdsAsync(UnifiedModels.Role, assignments.SelectMany(g => g).Select(a => a.String("role_id")));
        var stages = await stagesTask;
        var questions = await questionsTask;
        var users = await usersTask;
        var postings = await postingsTask;

        foreach (var job in page)
        {
            RecordJson.StartRecord(writer, job, Embedded);
            WriteStages(writer, stageLinks[job.Id], stages);
            WriteQuestions(writer, questionLinks[job.Id], questions);
            WritePostings(writer, postings[job.Id]);
            WriteHiringTeam(writer, members[job.Id], users, assignments, roles);
            writer.WriteEndObject();
        }
    }

    private static IEnumerable<LinkedRecord> InIndexOrder(IEnumerable<LinkedRecord> links) =>
        links.OrderBy(l => l.Payload.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetInt64() : long.MaxValue).ThenBy(l => l.Id, StringComparer.Ordinal);

    private static void WriteStages(Utf8JsonWriter writer, IEnumerable<LinkedRecord> links, IReadOnlyDictionary<string, LinkedRecord> stages)
    {
        writer.WriteStartArray("stages");
        foreach (var link in InIndexOrder(links))
        {
            if (link.String("stage_id") is not { } id || !stages.TryGetValue(id, out var stage))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id", stage.Id);
            stage.Copy(writer, "remote_id");
            stage.Copy(writer, "name");
            link.Copy(writer, "index");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteQuestions(Utf8JsonWriter writer, IEnumerable<LinkedRecord> links, IReadOnlyDictionary<string, LinkedRecord> questions)
    {
        writer.WriteStartArray("screening_questions");
        foreach (var link in InIndexOrder(links))
        {
            if (link.String("question_id") is not { } id || !questions.TryGetValue(id, out var question))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id", question.Id);
            question.Copy(writer, "remote_id");
            question.Copy(writer, "title");
            question.Copy(writer, "description");
            question.Copy(writer, "format");
            question.Copy(writer, "category");
            link.Copy(writer, "index");
            link.Copy(writer, "required");
            link.Copy(writer, "precondition_question_id");
            link.Copy(writer, "precondition_options");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePostings(Utf8JsonWriter writer, IEnumerable<LinkedRecord> postings)
    {
        writer.WriteStartArray("job_postings");
        foreach (var posting in postings.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            posting.WriteObject(writer, "remote_id", "title", "description_html", "status", "visibility", "url");
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Kombo's hiring team lists users: id, remote id, names and email come from the user (the member record only
    /// links job and user), the hiring-team roles from the member, the job roles through its role assignments.
    /// </summary>
    private static void WriteHiringTeam(
        Utf8JsonWriter writer,
        IEnumerable<LinkedRecord> members,
        IReadOnlyDictionary<string, LinkedRecord> users,
        ILookup<string, LinkedRecord> assignments,
        IReadOnlyDictionary<string, LinkedRecord> roles)
    {
        writer.WriteStartArray("hiring_team");
        foreach (var member in members.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (member.String("user_id") is not { } userId || !users.TryGetValue(userId, out var user))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id", user.Id);
            user.Copy(writer, "remote_id");
            user.Copy(writer, "first_name");
            user.Copy(writer, "last_name");
            user.Copy(writer, "email");
            WriteHiringTeamRoles(writer, member);
            writer.WriteStartArray("job_roles");
            foreach (var assignment in assignments[member.Id].OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                if (assignment.String("role_id") is { } roleId && roles.TryGetValue(roleId, out var role))
                {
                    RoleSummary.Write(writer, role);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The member's roles are open strings; the SDK's <c>hiring_team_roles</c> is a closed enum, so only its values go out.</summary>
    private static void WriteHiringTeamRoles(Utf8JsonWriter writer, LinkedRecord member)
    {
        writer.WriteStartArray("hiring_team_roles");
        if (member.Payload.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            foreach (var role in roles.EnumerateArray())
            {
                if (role.ValueKind == JsonValueKind.String && HiringTeamRole.All.Contains(role.GetString()))
                {
                    writer.WriteStringValue(role.GetString());
                }
            }
        }

        writer.WriteEndArray();
    }
}
